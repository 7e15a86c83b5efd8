using Ikim.Publisher.Site.Liquid.Expressions;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Plugins;

/// <summary>
/// What a plugin's code writer reads while a page renders: variables (<c>site</c>, <c>page</c>, <c>jekyll</c>),
/// properties of drops and hashes as Liquid looks them up, and our filters by name, so a written feed or
/// sitemap computes every value exactly as a template on the same site would.
/// </summary>
internal sealed class WriterScope(RenderContext context)
{
    public object? Variable(string name) => context.FindVariableOrNull(name);

    /// <summary><c>target.key.nested…</c>: nil as soon as a step cannot be looked up.</summary>
    public static object? Get(object? target, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (!VariableLookup.TryIndex(target, key, out target))
            {
                return null;
            }
        }

        return target;
    }

    /// <summary>A filter of the site's registry applied as <c>input | name: arguments</c>.</summary>
    public object? Filter(string name, object? input, params object?[] arguments)
    {
        if (!context.Site.Filters.TryGet(name, out var filter))
        {
            throw new InvalidOperationException($"The {name} filter is not registered.");
        }

        return filter.Function(context, input, arguments);
    }

    /// <summary><c>input | name: arguments</c> as <c>{{ }}</c> prints it.</summary>
    public string Text(string name, object? input, params object?[] arguments) => RubyValue.ToOutput(Filter(name, input, arguments));

    /// <summary>Liquid's <c>default</c>: the fallback for nil, false and empty strings, arrays and hashes.</summary>
    public object? Default(object? value, object? fallback) => Filter("default", value, fallback);

    public string AbsoluteUrl(object? value) => Text("absolute_url", value);

    public string XmlEscape(object? value) => Text("xml_escape", value);

    public string XmlSchema(object? value) => Text("date_to_xmlschema", value);

    public static string Out(object? value) => RubyValue.ToOutput(value);

    public static bool IsTruthy(object? value) => RubyValue.IsTruthy(value);

    /// <summary><c>for item in collection</c>, with an optional <c>limit</c>.</summary>
    public static IReadOnlyList<object?> Items(object? collection, object? limit = null) =>
        Liquid.Tags.LoopSegment.Slice(collection, 0, limit is null ? null : RubyNumber.ToLongStrict(limit));
}
