using System.Text;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Liquid.Nodes;
using Ikim.Publisher.Site.Liquid.Parsing;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Tags;

/// <summary>
/// <c>{% if %}</c> / <c>{% unless %}</c> with <c>elsif</c> and <c>else</c> (Liquid::If, Liquid::Unless).
/// Only nil and false are false. In the default error mode a condition the strict parser rejects
/// (<c>{% if page.s | size > 0 %}</c>) is read by Liquid's lax regexes, which ignore the filter.
/// </summary>
internal sealed class IfTag : BlockTag
{
    private readonly List<Condition> _blocks = [];
    private readonly bool _unless;

    public IfTag(TagSource source)
        : base(source)
    {
        _unless = source.Name == "unless";
        PushBlock("if", source.Markup, source.Context);
        while (ParseBody(_blocks[^1].Body, source))
        {
        }

        if (IsBlank)
        {
            foreach (var block in _blocks)
            {
                block.Body.RemoveBlankStrings();
            }
        }
    }

    public override void Render(RenderContext context, StringBuilder output)
    {
        for (var i = 0; i < _blocks.Count; i++)
        {
            var truthy = RubyValue.IsTruthy(_blocks[i].Evaluate(context));
            if (i == 0 && _unless ? !truthy : truthy)
            {
                _blocks[i].Body.Render(context, output);
                return;
            }
        }
    }

    protected override void UnknownTag(EndTag tag, TagSource source)
    {
        if (tag.Name is "elsif" or "else")
        {
            PushBlock(tag.Name, tag.Markup!, source.Context);
        }
        else
        {
            base.UnknownTag(tag, source);
        }
    }

    /// <summary>Parses a condition as <c>where_exp</c> and friends do (strict only, as Jekyll's filters parse them).</summary>
    public static Condition ParseStrictCondition(string markup)
    {
        var parser = new StrictParser(markup);
        var condition = ParseBinaryComparisons(parser);
        parser.Consume("end_of_string");
        return condition;
    }

    private void PushBlock(string tag, string markup, ParseContext context)
    {
        _blocks.Add(tag == "else"
            ? new ElseCondition()
            : context.ParseWithErrorMode(markup, $"in \"{RubyString.Strip(markup)}\"", ParseStrictCondition, LaxParse));
    }

    private static Condition ParseBinaryComparisons(StrictParser parser)
    {
        var first = ParseComparison(parser);
        var condition = first;
        while (true)
        {
            var isAnd = parser.Id("and");
            if (!isAnd && !parser.Id("or"))
            {
                return first;
            }

            var child = ParseComparison(parser);
            if (isAnd)
            {
                condition.And(child);
            }
            else
            {
                condition.Or(child);
            }

            condition = child;
        }
    }

    private static Condition ParseComparison(StrictParser parser)
    {
        var left = ExpressionParser.ParseCondition(parser.Expression());
        return parser.ConsumeIf("comparison") is { } op
            ? new Condition(left, op, ExpressionParser.ParseCondition(parser.Expression()))
            : new Condition(left);
    }

    // Built from the last comparison backwards, which is what makes and/or group right to left.
    private static Condition LaxParse(string markup)
    {
        var expressions = LiquidSyntax.ExpressionsAndOperators().Matches(markup).Select(m => m.Value).ToList();
        var condition = LaxComparison(Pop(expressions));
        while (expressions.Count > 0)
        {
            var op = RubyString.Strip(Pop(expressions) ?? "");
            var next = LaxComparison(Pop(expressions));
            switch (op)
            {
                case "and":
                    next.And(condition);
                    break;
                case "or":
                    next.Or(condition);
                    break;
                default:
                    throw SyntaxError();
            }

            condition = next;
        }

        return condition;
    }

    private static string? Pop(List<string> list)
    {
        if (list.Count == 0)
        {
            return null;
        }

        var last = list[^1];
        list.RemoveAt(list.Count - 1);
        return last;
    }

    private static Condition LaxComparison(string? markup)
    {
        var match = LiquidSyntax.IfSyntax().Match(markup ?? "");
        if (!match.Success)
        {
            throw SyntaxError();
        }

        return new Condition(
            ExpressionParser.ParseCondition(Group(match, 1)),
            Group(match, 2),
            ExpressionParser.ParseCondition(Group(match, 3)));
    }

    private static string? Group(Match match, int index) => match.Groups[index].Success ? match.Groups[index].Value : null;

    private static LiquidException SyntaxError() => LiquidException.Syntax("Syntax Error in tag 'if' - Valid syntax: if [expression]");
}
