using Ikim.Publisher.Site.Liquid.Parsing;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Expressions;

/// <summary>One filter application: <c>| name: arg, key: value</c>.</summary>
internal sealed record FilterCall(string Name, Expression[] Arguments, (string Key, Expression Value)[]? Keywords);

/// <summary>
/// Liquid::Variable: an expression followed by filters, as in <c>{{ page.title | upcase }}</c>,
/// <c>{% assign %}</c> and <c>{% echo %}</c>. Parsed strictly, falling back to Liquid's lax regexes.
/// </summary>
internal sealed class FilteredExpression
{
    private FilteredExpression(Expression? name, FilterCall[] filters)
    {
        Name = name;
        Filters = filters;
    }

    public Expression? Name { get; }

    public FilterCall[] Filters { get; }

    public static FilteredExpression Parse(string markup, ParseContext context) =>
        context.ParseWithErrorMode(markup, $"in \"{{{{{markup}}}}}\"", StrictParse, LaxParse);

    public object? Evaluate(RenderContext context)
    {
        var value = Name?.Evaluate(context);
        foreach (var filter in Filters)
        {
            var arguments = new object?[filter.Arguments.Length + (filter.Keywords is null ? 0 : 1)];
            for (var i = 0; i < filter.Arguments.Length; i++)
            {
                arguments[i] = filter.Arguments[i].Evaluate(context);
            }

            if (filter.Keywords is { } keywords)
            {
                var hash = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, expression) in keywords)
                {
                    hash[key] = expression.Evaluate(context);
                }

                arguments[^1] = hash;
            }

            value = context.InvokeFilter(filter.Name, value, arguments);
        }

        return value;
    }

    private static FilteredExpression StrictParse(string markup)
    {
        var parser = new StrictParser(markup);
        if (parser.Look("end_of_string"))
        {
            return new FilteredExpression(null, []);
        }

        var name = ExpressionParser.Parse(parser.Expression());
        var filters = new List<FilterCall>();
        while (parser.ConsumeIf("pipe") is not null)
        {
            var filterName = parser.Consume("id");
            var arguments = new List<string>();
            if (parser.ConsumeIf("colon") is not null)
            {
                arguments.Add(parser.Argument());
                while (parser.ConsumeIf("comma") is not null)
                {
                    arguments.Add(parser.Argument());
                }
            }

            filters.Add(ToFilterCall(filterName, arguments));
        }

        parser.Consume("end_of_string");
        return new FilteredExpression(name, [.. filters]);
    }

    private static FilteredExpression LaxParse(string markup)
    {
        var match = LiquidSyntax.MarkupWithQuotedFragment().Match(markup);
        if (!match.Success)
        {
            return new FilteredExpression(null, []);
        }

        var name = ExpressionParser.Parse(match.Groups[1].Value);
        var filters = new List<FilterCall>();
        var filterMarkup = LiquidSyntax.FilterMarkup().Match(match.Groups[2].Value);
        if (filterMarkup.Success)
        {
            foreach (System.Text.RegularExpressions.Match filter in LiquidSyntax.FilterParser().Matches(filterMarkup.Groups[1].Value))
            {
                var filterName = LiquidSyntax.Word().Match(filter.Value);
                if (!filterName.Success)
                {
                    continue;
                }

                var arguments = LiquidSyntax.FilterArgs().Matches(filter.Value).Select(m => m.Groups[1].Value).ToList();
                filters.Add(ToFilterCall(filterName.Value, arguments));
            }
        }

        return new FilteredExpression(name, [.. filters]);
    }

    private static FilterCall ToFilterCall(string name, List<string> arguments)
    {
        var positional = new List<Expression>();
        List<(string, Expression)>? keywords = null;
        foreach (var argument in arguments)
        {
            var keyword = LiquidSyntax.JustTagAttributes().Match(argument);
            if (keyword.Success)
            {
                keywords ??= [];
                keywords.RemoveAll(k => k.Item1 == keyword.Groups[1].Value);
                keywords.Add((keyword.Groups[1].Value, ExpressionParser.Parse(keyword.Groups[2].Value) ?? LiteralExpression.Nil));
            }
            else
            {
                positional.Add(ExpressionParser.Parse(argument) ?? LiteralExpression.Nil);
            }
        }

        return new FilterCall(name, [.. positional], keywords?.ToArray());
    }
}
