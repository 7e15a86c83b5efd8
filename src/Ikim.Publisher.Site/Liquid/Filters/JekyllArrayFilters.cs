using System.Collections;
using Ikim.Publisher.Site.Liquid.Nodes;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Tags;
using Ikim.Publisher.Site.Liquid.Values;
using static Ikim.Publisher.Site.Liquid.Filters.FilterInput;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// Jekyll's array filters (filters.rb): where, where_exp, find, find_exp, sort (by property, with
/// the nils order), push, pop, shift, unshift and sample. They replace Liquid's where and sort.
/// </summary>
internal static class JekyllArrayFilters
{
    public static void Register(FilterRegistry.Builder filters)
    {
        filters.Add("where", 2, 2, (_, input, args) => Where(input, args[0], args[1], first: false));
        filters.Add("find", 2, 2, (_, input, args) => Where(input, args[0], args[1], first: true));
        filters.Add("where_exp", 2, 2, (context, input, args) => WhereExp(context, input, args[0], args[1], first: false));
        filters.Add("find_exp", 2, 2, (context, input, args) => WhereExp(context, input, args[0], args[1], first: true));
        filters.Add("sort", 0, 2, Sort);
        filters.Add("push", 1, 1, (_, input, args) => input is IList list ? new List<object?>([.. list.Cast<object?>(), args[0]]) : input);
        filters.Add("unshift", 1, 1, (_, input, args) => input is IList list ? new List<object?>([args[0], .. list.Cast<object?>()]) : input);
        filters.Add("pop", 0, 1, (_, input, args) => Remove(input, args, fromEnd: true));
        filters.Add("shift", 0, 1, (_, input, args) => Remove(input, args, fromEnd: false));
        filters.Add("sample", 0, 1, Sample);
    }

    private static object? Where(object? input, object? property, object? value, bool first)
    {
        if (!RubyValue.IsTruthy(property) || value is IList || value is IDictionary<string, object?>)
        {
            return input;
        }

        if (Selectable(input) is not { } items)
        {
            return input;
        }

        var matches = items.Where(item => JekyllProperty.Matches(JekyllProperty.Read(item, property), value));
        return first ? matches.FirstOrDefault() : matches.ToList();
    }

    private static object? WhereExp(RenderContext context, object? input, object? variable, object? expression, bool first)
    {
        if (Selectable(input) is not { } items)
        {
            return input;
        }

        var condition = IfTag.ParseStrictCondition(RubyValue.ToS(expression));
        var name = RubyValue.ToS(variable);
        var selected = new List<object?>();
        context.Push();
        try
        {
            foreach (var item in items)
            {
                context.SetLocal(name, item);
                if (RubyValue.IsTruthy(condition.Evaluate(context)))
                {
                    if (first)
                    {
                        return item;
                    }

                    selected.Add(item);
                }
            }
        }
        finally
        {
            context.Pop();
        }

        return first ? null : selected;
    }

    private static object? Sort(RenderContext context, object? input, object?[] args)
    {
        if (input is null)
        {
            throw new LiquidException("Cannot sort a null object.");
        }

        var property = Argument(args, 0);
        if (property is null)
        {
            var items = input switch
            {
                IList list => list.Cast<object?>().ToList(),
                IDictionary<string, object?> hash => RubyValue.Pairs(hash),
                LiquidRange range => range.ToList(),
                _ => throw new LiquidException($"undefined method `sort' for {RubyValue.Inspect(input)}:{RubyValue.ClassName(input)}"),
            };
            return StableSort(items, CompareOrFail);
        }

        var nils = RubyValue.ToS(Argument(args, 1, "first"));
        var order = nils switch
        {
            "first" => -1,
            "last" => 1,
            _ => throw new LiquidException($"Invalid nils order: '{nils}' is not a valid nils order. It must be 'first' or 'last'."),
        };
        var entries = (Enumerable(input) ?? [input]).Select(item => (Key: JekyllProperty.Read(item, property), Item: item)).ToList();
        return StableSort(entries, (a, b) => CompareProperties(a.Key, b.Key, order)).Select(entry => entry.Item).ToList();
    }

    // Ruby's <=>, or Ruby's "comparison of X with Y failed".
    private static int CompareOrFail(object? a, object? b) =>
        RubyValue.Compare(a, b) ?? throw new LiquidException($"comparison of {RubyValue.ClassName(a)} with {RubyValue.ClassName(b)} failed");

    private static int CompareProperties(object? a, object? b, int order)
    {
        if (a is not null && b is null)
        {
            return -order;
        }

        if (a is null && b is not null)
        {
            return order;
        }

        return RubyValue.Compare(a, b) ?? RubyString.CompareOrdinal(RubyValue.ToS(a), RubyValue.ToS(b));
    }

    private static object? Remove(object? input, object?[] args, bool fromEnd)
    {
        if (input is not IList list || input is string)
        {
            return input;
        }

        var count = RubyNumber.ToLongStrict(Argument(args, 0, 1L));
        if (count < 0)
        {
            throw new LiquidException("negative array size");
        }

        var items = list.Cast<object?>().ToList();
        var removed = (int)Math.Min(count, items.Count);
        return fromEnd ? items.Take(items.Count - removed).ToList() : items.Skip(removed).ToList();
    }

    private static object? Sample(RenderContext context, object? input, object?[] args)
    {
        if (Enumerable(input) is not { } items || input is IDictionary<string, object?>)
        {
            return input;
        }

        long count;
        try
        {
            count = RubyNumber.ToLongStrict(Argument(args, 0, 1L));
        }
        catch (LiquidException)
        {
            count = 1;
        }

        if (count == 1)
        {
            return items.Count == 0 ? null : items[Random.Shared.Next(items.Count)];
        }

        return items.OrderBy(_ => Random.Shared.Next()).Take((int)Math.Max(0, count)).ToList();
    }
}
