using System.Text;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Liquid.Nodes;
using Ikim.Publisher.Site.Liquid.Parsing;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Tags;

/// <summary>
/// Jekyll's <c>{% include file.html key="value" other=page.var %}</c> and <c>{% include_relative %}</c>.
/// The file name may contain Liquid (<c>{% include {{ page.widget }} %}</c>). Parameters become the
/// <c>include</c> variable; an include without parameters sees its caller's <c>include</c>, and one
/// with a variable file name always gets a fresh one. Includes render in a scope of their own but
/// share the page's context, so assignments inside leak out as in Jekyll.
/// </summary>
internal sealed partial class IncludeTag : Tag
{
    private readonly bool _relative;
    private readonly string? _file;
    private readonly string? _parameters;
    private readonly ParsedTemplate? _fileTemplate;

    public IncludeTag(TagSource source, bool relative)
        : base(source)
    {
        _relative = relative;
        var markup = RubyString.Strip(source.Markup);
        var variable = VariableSyntax().Match(markup);
        if (variable.Success)
        {
            _file = RubyString.Strip(variable.Groups["variable"].Value);
            _parameters = RubyString.Strip(variable.Groups["params"].Value);
            _fileTemplate = LiquidParser.ParseTemplate(_file, source.Position.Path, source.Position.Line, LiquidErrorMode.Lax);
        }
        else
        {
            var parts = Whitespace().Split(markup, 2);
            _file = parts[0].Length == 0 ? null : parts[0];
            _parameters = parts.Length > 1 ? parts[1] : null;
        }

        if (_parameters is not null && !FullValidSyntax().IsMatch(_parameters))
        {
            throw new LiquidException(
                $"Invalid syntax for include tag: {_parameters} Valid syntax: {{% {source.Name} file.ext param='value' param2='value' %}}");
        }
    }

    public override void Render(RenderContext context, StringBuilder output)
    {
        var file = _fileTemplate is null ? _file : RenderFileName(context);
        TemplateCache.ValidateFileName(file, TagName);
        context.Push();
        context.IncludeStack.Add(Position);
        try
        {
            var template = _relative
                ? context.Site.Templates.GetRelative(PageFolder(context), file!)
                : context.Site.Templates.GetInclude(file!);
            context.Reads?.Read(Incremental.DependencyKeys.File(template.SourcePath));
            if (_parameters is not null)
            {
                context.SetLocal("include", Parameters(context));
            }

            template.Root.Render(context, output);
        }
        catch (LiquidException error) when (error.Position is not null)
        {
            // Errors in the included file keep their position there; the chain says how we got there.
            error.IncludedFrom.Add(Position);
            throw;
        }
        finally
        {
            context.IncludeStack.RemoveAt(context.IncludeStack.Count - 1);
            context.Pop();
        }
    }

    private string RenderFileName(RenderContext context)
    {
        var name = new StringBuilder();
        _fileTemplate!.Root.Render(context, name);
        return name.ToString();
    }

    private Dictionary<string, object?> Parameters(RenderContext context)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (Match parameter in ValidSyntax().Matches(_parameters!))
        {
            parameters[parameter.Groups[1].Value] =
                parameter.Groups[2].Success ? parameter.Groups[2].Value.Replace("\\\"", "\"")
                : parameter.Groups[3].Success ? parameter.Groups[3].Value.Replace("\\'", "'")
                : ExpressionParser.Parse(parameter.Groups[4].Value)?.Evaluate(context);
        }

        return parameters;
    }

    // include_relative is relative to the page being rendered (even from its layout), as Jekyll's page register.
    private string PageFolder(RenderContext context)
    {
        var path = context.Environment.TryGetValue("page", out var page) && page is IDictionary<string, object?> drop
            && drop.TryGetValue("path", out var value) && value is string text
                ? text
                : Position.Path;
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    [GeneratedRegex(@"(?<variable>[^{]*(\{\{[ \t\r\n\f\v]*[a-zA-Z0-9_\-.]+[ \t\r\n\f\v]*(\|.*)?\}\}[^ \t\r\n\f\v{}]*)+)(?<params>.*)", RegexOptions.Singleline)]
    private static partial Regex VariableSyntax();

    [GeneratedRegex(@"([a-zA-Z0-9_-]+)[ \t\r\n\f\v]*=[ \t\r\n\f\v]*(?:""([^""\\]*(?:\\.[^""\\]*)*)""|'([^'\\]*(?:\\.[^'\\]*)*)'|([a-zA-Z0-9_.-]+))")]
    private static partial Regex ValidSyntax();

    [GeneratedRegex(@"\A[ \t\r\n\f\v]*(?:([a-zA-Z0-9_-]+)[ \t\r\n\f\v]*=[ \t\r\n\f\v]*(?:""([^""\\]*(?:\\.[^""\\]*)*)""|'([^'\\]*(?:\\.[^'\\]*)*)'|([a-zA-Z0-9_.-]+))(?=[ \t\r\n\f\v]|\z)[ \t\r\n\f\v]*)*\z")]
    private static partial Regex FullValidSyntax();

    [GeneratedRegex(@"[ \t\r\n\f\v]+")]
    private static partial Regex Whitespace();
}
