using System.Text;
using Ikim.Publisher.Site.Liquid.Expressions;
using Ikim.Publisher.Site.Liquid.Nodes;
using Ikim.Publisher.Site.Liquid.Parsing;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Tags;

/// <summary>
/// <c>{% case %}</c> (Liquid::Case). Unlike a switch, every <c>when</c> that matches renders;
/// <c>else</c> renders when no <c>when</c> before it matched. <c>when a, b</c> and <c>when a or b</c>
/// share one body.
/// </summary>
internal sealed class CaseTag : BlockTag
{
    private readonly Expression? _left;
    private readonly List<Condition> _blocks = [];

    public CaseTag(TagSource source)
        : base(source)
    {
        var match = LiquidSyntax.CaseSyntax().Match(source.Markup);
        if (!match.Success)
        {
            throw LiquidException.Syntax("Syntax Error in 'case' - Valid syntax: case [condition]");
        }

        _left = ExpressionParser.Parse(match.Groups[1].Value);
        var body = new BlockBody();
        while (ParseBody(body, source))
        {
            body = _blocks[^1].Body;
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
        var runElse = true;
        foreach (var block in _blocks)
        {
            if (block.IsElse)
            {
                if (runElse)
                {
                    block.Body.Render(context, output);
                }

                continue;
            }

            if (RubyValue.IsTruthy(block.Evaluate(context)))
            {
                runElse = false;
                block.Body.Render(context, output);
            }
        }
    }

    protected override void UnknownTag(EndTag tag, TagSource source)
    {
        switch (tag.Name)
        {
            case "when":
                RecordWhen(tag.Markup!);
                break;
            case "else":
                if (RubyString.Strip(tag.Markup!).Length > 0)
                {
                    throw LiquidException.Syntax("Syntax Error in tag 'case' - Valid else condition: {% else %} (no parameters) ");
                }

                _blocks.Add(new ElseCondition());
                break;
            default:
                base.UnknownTag(tag, source);
                break;
        }
    }

    private void RecordWhen(string markup)
    {
        var body = new BlockBody();
        string? rest = markup;
        while (rest is not null)
        {
            var match = LiquidSyntax.WhenSyntax().Match(rest);
            if (!match.Success)
            {
                throw LiquidException.Syntax("Syntax Error in tag 'case' - Valid when condition: {% when [condition] [or condition2...] %}");
            }

            rest = match.Groups[2].Success ? match.Groups[2].Value : null;
            _blocks.Add(new Condition(_left, "==", ExpressionParser.ParseCondition(match.Groups[1].Value)) { Body = body });
        }
    }
}
