using System.Collections;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;
using static Ikim.Publisher.Site.Liquid.Filters.FilterInput;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// Liquid's array filters. Their input goes through Liquid's InputIterator: nested arrays are
/// flattened, a hash counts as one item, nil as none. (Jekyll replaces <c>where</c> and <c>sort</c>.)
/// </summary>
internal static class ArrayFilters
{
    public static void Register(FilterRegistry.Builder filters)
    {
        filters.Add("join", 0, 1, (_, input, args) => RubyValue.Join(Items(input), Text(Argument(args, 0, " "))));
        filters.Add("first", 0, 0, (_, input, _) => First(input));
        filters.Add("last", 0, 0, (_, input, _) => Last(input));
        filters.Add("reverse", 0, 0, (_, input, _) => System.Linq.Enumerable.Reverse(Items(input)).ToList());
        filters.Add("compact", 0, 1, Compact);
        filters.Add("uniq", 0, 1, Uniq);
        filters.Add("map", 1, 1, Map);
        filters.Add("concat", 1, 1, Concat);
        filters.Add("sort_natural", 0, 1, SortNatural);
        filters.Add("sort", 0, 1, (_, input, args) => Sort(input, Argument(args, 0)));
        filters.Add("where", 1, 2, (_, input, args) => Where(input, args[0], Argument(args, 1)));
    }

    private static object? First(object? input) => input switch
    {
        IList list => list.Count > 0 ? list[0] : null,
        IDictionary<string, object?> hash => hash.Count > 0 ? RubyValue.Pairs(hash)[0] : null,
        LiquidRange range => range.Count > 0 ? range.Start : null,
        _ => null,
    };

    private static object? Last(object? input) => input switch
    {
        IList list => list.Count > 0 ? list[^1] : null,
        LiquidRange range => range.Count > 0 ? range.End : null,
        _ => null,
    };

    private static object? Compact(RenderContext context, object? input, object?[] args)
    {
        var items = Items(input);
        if (args.Length == 0 || args[0] is null)
        {
            return items.Where(item => item is not null).ToList();
        }

        if (items.Count == 0)
        {
            return items;
        }

        var kept = new List<object?>();
        foreach (var item in items)
        {
            var value = Index(item, args[0]);
            if (value.IsNoMethod)
            {
                return null;
            }

            if (value.IsTypeError)
            {
                throw PropertyError(args[0]);
            }

            if (value.Value is not null)
            {
                kept.Add(item);
            }
        }

        return kept;
    }

    private static object? Uniq(RenderContext context, object? input, object?[] args)
    {
        var items = Items(input);
        var property = Argument(args, 0);
        if (property is not null && items.Count == 0)
        {
            return items;
        }

        var seen = new List<object?>();
        var unique = new List<object?>();
        foreach (var item in items)
        {
            var key = item;
            if (property is not null)
            {
                var value = Index(item, property);
                if (value.IsNoMethod)
                {
                    return null;
                }

                key = value.IsTypeError ? throw PropertyError(property) : value.Value;
            }

            if (!seen.Any(other => RubyEql(other, key)))
            {
                seen.Add(key);
                unique.Add(item);
            }
        }

        return unique;
    }

    private static object? Map(RenderContext context, object? input, object?[] args)
    {
        var property = args[0];
        var mapped = new List<object?>();
        foreach (var item in Items(input))
        {
            if (Text(property) == "to_liquid")
            {
                mapped.Add(item);
                continue;
            }

            var value = Index(item, property);
            if (value.IsTypeError)
            {
                throw PropertyError(property);
            }

            mapped.Add(value.Value);
        }

        return mapped;
    }

    private static object? Concat(RenderContext context, object? input, object?[] args)
    {
        if (args[0] is not IList other || args[0] is string)
        {
            throw new LiquidException("concat filter requires an array argument");
        }

        var items = Items(input);
        items.AddRange(other.Cast<object?>());
        return items;
    }

    private static object? SortNatural(RenderContext context, object? input, object?[] args)
    {
        var items = Items(input);
        if (items.Count == 0)
        {
            return items;
        }

        var property = Argument(args, 0);
        if (property is null)
        {
            return StableSort(items, CaseCompare);
        }

        var keyed = new List<(object? Key, object? Item)>();
        foreach (var item in items)
        {
            var value = Index(item, property);
            if (value.IsNoMethod)
            {
                return null;
            }

            keyed.Add((value.IsTypeError ? throw PropertyError(property) : value.Value, item));
        }

        return StableSort(keyed, (a, b) => CaseCompare(a.Key, b.Key)).Select(pair => pair.Item).ToList();
    }

    // nil_safe_casecmp: nils go last.
    private static int CaseCompare(object? a, object? b) =>
        a is not null && b is not null ? RubyString.CaseCompare(Text(a), Text(b)) : a is null ? (b is null ? 0 : 1) : -1;

    // Liquid's own sort and where, kept for completeness; Jekyll's versions replace them in the registry.
    private static object? Sort(object? input, object? property)
    {
        var items = Items(input);
        if (items.Count == 0)
        {
            return items;
        }

        return property is null
            ? StableSort(items, NilSafeCompare)
            : StableSort(items, (a, b) => NilSafeCompare(Index(a, property).Value, Index(b, property).Value));
    }

    private static int NilSafeCompare(object? a, object? b) =>
        RubyValue.Compare(a, b) ?? (a is null ? 1 : b is null ? -1 : throw new LiquidException("cannot sort values of incompatible types"));

    private static object? Where(object? input, object? property, object? target)
    {
        var items = Items(input);
        return items.Where(item => target is null
            ? RubyValue.IsTruthy(Index(item, property).Value)
            : RubyValue.RubyEquals(Index(item, property).Value, target)).ToList();
    }

    /// <summary>Ruby's eql? (what uniq and hash keys use): 1 and 1.0 differ, "1" and 1 differ.</summary>
    public static bool RubyEql(object? a, object? b)
    {
        if (RubyNumber.IsNumeric(a) && RubyNumber.IsNumeric(b))
        {
            return RubyNumber.IsInteger(a) == RubyNumber.IsInteger(b) && RubyValue.RubyEquals(a, b);
        }

        if (a is IList x && b is IList y)
        {
            return x.Count == y.Count && System.Linq.Enumerable.Range(0, x.Count).All(i => RubyEql(x[i], y[i]));
        }

        return RubyValue.RubyEquals(a, b);
    }
}
