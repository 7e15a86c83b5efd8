using System.Text;
using Ikim.Publisher.Site.Liquid.Expressions;
using Ikim.Publisher.Site.Liquid.Nodes;
using Ikim.Publisher.Site.Liquid.Parsing;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Tags;

/// <summary>
/// <c>{% for item in collection reversed limit: n offset: m %}</c> with <c>else</c>, <c>break</c>,
/// <c>continue</c> and <c>offset: continue</c> (Liquid::For). The limit applies before <c>reversed</c>.
/// The loop variable and <c>forloop</c> live in a scope of their own; assignments inside outlive the loop.
/// </summary>
internal sealed class ForTag : BlockTag
{
    private readonly ForSyntax _syntax;
    private readonly BlockBody _body = new();
    private BlockBody? _else;

    public ForTag(TagSource source)
        : base(source)
    {
        _syntax = source.Context.ParseWithErrorMode(source.Markup, $"in \"{RubyString.Strip(source.Markup)}\"", StrictParse, LaxParse);
        if (ParseBody(_body, source) && _else is not null)
        {
            ParseBody(_else, source);
        }

        if (IsBlank)
        {
            _else?.RemoveBlankStrings();
            _body.RemoveBlankStrings();
        }
    }

    public override void Render(RenderContext context, StringBuilder output)
    {
        var segment = Segment(context);
        if (segment.Count == 0)
        {
            _else?.Render(context, output);
            return;
        }

        var stack = context.Register<List<ForloopDrop>>("for_stack");
        context.Push();
        try
        {
            var forloop = new ForloopDrop(_syntax.Name, segment.Count, stack.Count > 0 ? stack[^1] : null);
            stack.Add(forloop);
            try
            {
                context.SetLocal("forloop", forloop);
                foreach (var item in segment)
                {
                    context.CheckTime();
                    context.SetLocal(_syntax.Variable, item);
                    _body.Render(context, output);
                    forloop.Increment();
                    if (context.HasInterrupt && context.PopInterrupt() == Interrupt.Break)
                    {
                        break;
                    }
                }
            }
            finally
            {
                stack.RemoveAt(stack.Count - 1);
            }
        }
        finally
        {
            context.Pop();
        }
    }

    protected override void UnknownTag(EndTag tag, TagSource source)
    {
        if (tag.Name == "else")
        {
            _else = new BlockBody();
        }
        else
        {
            base.UnknownTag(tag, source);
        }
    }

    private IReadOnlyList<object?> Segment(RenderContext context)
    {
        var offsets = context.Register<Dictionary<string, long>>("for");
        long from;
        if (_syntax.OffsetContinue)
        {
            from = offsets.GetValueOrDefault(_syntax.Name);
        }
        else
        {
            var offset = _syntax.Offset?.Evaluate(context);
            from = offset is null ? 0 : RubyNumber.ToLongStrict(offset);
        }

        var collection = _syntax.Collection?.Evaluate(context);
        var limit = _syntax.Limit?.Evaluate(context);
        long? to = limit is null ? null : RubyNumber.ToLongStrict(limit) + from;
        var segment = LoopSegment.Slice(collection, from, to);
        if (_syntax.Reversed)
        {
            segment = LoopSegment.Reverse(segment);
        }

        offsets[_syntax.Name] = from + segment.Count;
        return segment;
    }

    private static ForSyntax StrictParse(string markup)
    {
        var parser = new StrictParser(markup);
        var variable = parser.Consume("id");
        if (!parser.Id("in"))
        {
            throw LiquidException.Syntax("For loops require an 'in' clause");
        }

        var collectionMarkup = parser.Expression();
        var syntax = new ForSyntax(variable, ExpressionParser.Parse(collectionMarkup), $"{variable}-{collectionMarkup}", parser.Id("reversed"));
        while (parser.Look("id") && parser.Look("colon", 1))
        {
            var attribute = parser.Id("limit") ? "limit" : parser.Id("offset") ? "offset" : null;
            if (attribute is null)
            {
                throw LiquidException.Syntax("Invalid attribute in for loop. Valid attributes are limit and offset");
            }

            parser.Consume();
            syntax = syntax.With(attribute, parser.Expression());
        }

        parser.Consume("end_of_string");
        return syntax;
    }

    private static ForSyntax LaxParse(string markup)
    {
        var match = LiquidSyntax.ForSyntax().Match(markup);
        if (!match.Success)
        {
            throw LiquidException.Syntax("Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]");
        }

        var variable = match.Groups[1].Value;
        var collectionMarkup = match.Groups[2].Value;
        var syntax = new ForSyntax(variable, ExpressionParser.Parse(collectionMarkup), $"{variable}-{collectionMarkup}", match.Groups[3].Success);
        foreach (System.Text.RegularExpressions.Match attribute in LiquidSyntax.TagAttributesPattern().Matches(markup))
        {
            syntax = syntax.With(attribute.Groups[1].Value, attribute.Groups[2].Value);
        }

        return syntax;
    }

    /// <param name="Name">The loop's name ("item-collection"): <c>offset: continue</c> resumes the loop with the same name.</param>
    private sealed record ForSyntax(string Variable, Expression? Collection, string Name, bool Reversed)
    {
        public Expression? Limit { get; init; }

        public Expression? Offset { get; init; }

        public bool OffsetContinue { get; init; }

        public ForSyntax With(string attribute, string value) => attribute switch
        {
            "offset" when value == "continue" => this with { OffsetContinue = true, Offset = null },
            "offset" => this with { OffsetContinue = false, Offset = ExpressionParser.Parse(value) },
            "limit" => this with { Limit = ExpressionParser.Parse(value) },
            _ => this,
        };
    }
}
