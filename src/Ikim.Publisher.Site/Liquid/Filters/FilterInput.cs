using System.Collections;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>Conversions the filters share: Liquid's InputIterator, Ruby's <c>obj[property]</c>, argument reading.</summary>
internal static class FilterInput
{
    /// <summary>Liquid's InputIterator: an array flattened, a hash as one item, nil as nothing, any other value as one item.</summary>
    public static List<object?> Items(object? input)
    {
        switch (input)
        {
            case null:
                return [];
            case IList list:
                var flat = new List<object?>(list.Count);
                Flatten(list, flat, 0);
                return flat;
            case LiquidRange range:
                return range.ToList();
            default:
                return [input];
        }
    }

    /// <summary>What Ruby's Enumerable methods see: array items, hash [key, value] pairs, range values; null for other values.</summary>
    public static List<object?>? Enumerable(object? input) => input switch
    {
        IList list => list.Cast<object?>().ToList(),
        IDictionary<string, object?> hash => RubyValue.Pairs(hash),
        LiquidRange range => range.ToList(),
        _ => null,
    };

    /// <summary>Jekyll's <c>input.values if input.is_a?(Hash)</c>, then the items; null when the input has no <c>select</c>.</summary>
    public static List<object?>? Selectable(object? input) => input switch
    {
        IDictionary<string, object?> hash => hash.Values.ToList(),
        _ => Enumerable(input),
    };

    public static string Text(object? value) => RubyValue.ToS(value);

    public static string? TextOrNull(object? value) => value is null ? null : RubyValue.ToS(value);

    public static object? Argument(object?[] arguments, int index, object? fallback = null) =>
        index < arguments.Length ? arguments[index] : fallback;

    /// <summary>Ruby's <c>item[property]</c> as the standard filters use it: TypeError and NoMethodError are told apart.</summary>
    public static IndexResult Index(object? item, object? property)
    {
        switch (item)
        {
            case IDictionary<string, object?> hash:
                return IndexResult.Found(property is string key && hash.TryGetValue(key, out var value) ? value : null);
            case ILiquidDrop drop:
                return IndexResult.Found(drop.Invoke(RubyValue.ToS(property)));
            case string text when property is string part:
                return IndexResult.Found(text.Contains(part, StringComparison.Ordinal) ? part : null);
            case string text when RubyNumber.IsInteger(property):
                return IndexResult.Found(RubyString.Slice(text, RubyNumber.ToLong(property), 1) is { Length: > 0 } character ? character : null);
            case IList list when RubyNumber.IsInteger(property):
                var index = RubyNumber.ToLong(property);
                index = index < 0 ? index + list.Count : index;
                return IndexResult.Found(index >= 0 && index < list.Count ? list[(int)index] : null);
            case IList or long or int or System.Numerics.BigInteger or string:
                return IndexResult.TypeError;
            default:
                return IndexResult.NoMethod;
        }
    }

    /// <summary>A stable sort whose comparer may throw Liquid errors (which .NET's sort would wrap).</summary>
    public static List<T> StableSort<T>(IEnumerable<T> items, Comparison<T> comparison)
    {
        try
        {
            return items.Order(Comparer<T>.Create(comparison)).ToList();
        }
        catch (InvalidOperationException error) when (error.InnerException is LiquidException inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            throw;
        }
    }

    public static LiquidException PropertyError(object? property) => new($"cannot select the property '{RubyValue.ToS(property)}'");

    private static void Flatten(IList list, List<object?> into, int depth)
    {
        foreach (var item in list)
        {
            if (item is IList nested && depth < 100)
            {
                Flatten(nested, into, depth + 1);
            }
            else
            {
                into.Add(item);
            }
        }
    }
}

/// <summary>The outcome of Ruby's <c>item[property]</c>.</summary>
internal readonly record struct IndexResult(object? Value, bool IsTypeError, bool IsNoMethod)
{
    public static readonly IndexResult TypeError = new(null, true, false);
    public static readonly IndexResult NoMethod = new(null, false, true);

    public static IndexResult Found(object? value) => new(value, false, false);
}
