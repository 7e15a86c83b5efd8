using Ikim.Publisher.Site.Liquid.Expressions;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Parsing;

/// <summary>
/// Liquid::Expression.parse: turns markup such as <c>'text'</c>, <c>42</c>, <c>3.5</c>, <c>(1..n)</c>,
/// <c>true</c> or <c>page.title</c> into an expression. Anything else is a variable lookup, which is
/// why <c>1e3</c> reads as a variable named "1e3".
/// </summary>
internal static class ExpressionParser
{
    public static Expression? Parse(string? markup)
    {
        if (markup is null)
        {
            return null;
        }

        markup = RubyString.Strip(markup);
        if (markup.Length >= 2 && ((markup[0] == '"' && markup[^1] == '"') || (markup[0] == '\'' && markup[^1] == '\'')))
        {
            return new LiteralExpression(markup[1..^1]);
        }

        if (LiquidSyntax.Integer().IsMatch(markup))
        {
            return new LiteralExpression(RubyNumber.ParseIntegerLiteral(markup));
        }

        var range = LiquidSyntax.Range().Match(markup);
        if (range.Success)
        {
            return ParseRange(range.Groups[1].Value, range.Groups[2].Value);
        }

        if (LiquidSyntax.Float().IsMatch(markup))
        {
            return new LiteralExpression(ToFloat(markup));
        }

        return markup switch
        {
            "" or "nil" or "null" => LiteralExpression.Nil,
            "true" => new LiteralExpression(true),
            "false" => new LiteralExpression(false),
            "blank" or "empty" => new LiteralExpression(""),
            _ => VariableLookup.Parse(markup),
        };
    }

    /// <summary>Condition.parse_expression: like <see cref="Parse"/>, but <c>blank</c> and <c>empty</c> are method literals.</summary>
    public static Expression? ParseCondition(string? markup) => markup switch
    {
        "blank" => MethodLiteral.Blank,
        "empty" => MethodLiteral.Empty,
        _ => Parse(markup),
    };

    // Ruby's String#to_f on "1.2.3" reads 1.2.
    private static double ToFloat(string markup) =>
        double.Parse(LiquidSyntax.LeadingNumber().Match(markup).Value, System.Globalization.CultureInfo.InvariantCulture);

    private static Expression ParseRange(string startMarkup, string endMarkup)
    {
        var start = Parse(startMarkup) ?? LiteralExpression.Nil;
        var end = Parse(endMarkup) ?? LiteralExpression.Nil;
        if (start is LiteralExpression first && end is LiteralExpression last)
        {
            return new LiteralExpression(new LiquidRange(RubyNumber.ToLong(first.Value), RubyNumber.ToLong(last.Value)));
        }

        return new RangeLookup(start, end);
    }
}
