using Ikim.Publisher.Site.Liquid.Expressions;
using Ikim.Publisher.Site.Liquid.Parsing;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Tags;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// Jekyll's group_by and group_by_exp: an array of <c>{"name", "items", "size"}</c> hashes in order
/// of first appearance. group_by names a group by the property's string form; group_by_exp keeps
/// the expression's value as it is.
/// </summary>
internal static class GroupingFilters
{
    public static void Register(FilterRegistry.Builder filters)
    {
        filters.Add("group_by", 1, 1, (_, input, args) => FilterInput.Enumerable(input) is { } items
            ? Group(items, item => RubyValue.ToS(JekyllProperty.Read(item, args[0])))
            : input);
        filters.Add("group_by_exp", 2, 2, GroupByExpression);
    }

    private static object? GroupByExpression(RenderContext context, object? input, object?[] args)
    {
        if (FilterInput.Enumerable(input) is not { } items)
        {
            return input;
        }

        var expression = FilteredExpression.Parse(RubyValue.ToS(args[1]), new ParseContext("", context.Site.Options.ErrorMode, TagRegistry.Jekyll));
        var variable = RubyValue.ToS(args[0]);
        context.Push();
        try
        {
            return Group(items, item =>
            {
                context.SetLocal(variable, item);
                return expression.Evaluate(context);
            });
        }
        finally
        {
            context.Pop();
        }
    }

    private static List<object?> Group(List<object?> items, Func<object?, object?> keyOf)
    {
        var groups = new List<(object? Key, List<object?> Items)>();
        foreach (var item in items)
        {
            var key = keyOf(item);
            var index = groups.FindIndex(group => ArrayFilters.RubyEql(group.Key, key));
            if (index < 0)
            {
                groups.Add((key, [item]));
            }
            else
            {
                groups[index].Items.Add(item);
            }
        }

        return groups.Select(group => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = group.Key,
            ["items"] = group.Items,
            ["size"] = (long)group.Items.Count,
        }).ToList();
    }
}
