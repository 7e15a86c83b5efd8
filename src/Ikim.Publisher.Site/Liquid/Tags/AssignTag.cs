using System.Text;
using Ikim.Publisher.Site.Liquid.Expressions;
using Ikim.Publisher.Site.Liquid.Nodes;
using Ikim.Publisher.Site.Liquid.Parsing;
using Ikim.Publisher.Site.Liquid.Runtime;

namespace Ikim.Publisher.Site.Liquid.Tags;

/// <summary><c>{% assign name = value | filters %}</c>: sets the variable in the outermost scope, so it outlives loops and includes.</summary>
internal sealed class AssignTag : Tag
{
    private readonly string _to;
    private readonly FilteredExpression _from;

    public AssignTag(TagSource source)
        : base(source)
    {
        var match = LiquidSyntax.AssignSyntax().Match(source.Markup);
        if (!match.Success)
        {
            throw LiquidException.Syntax("Syntax Error in 'assign' - Valid syntax: assign [var] = [source]");
        }

        _to = match.Groups[1].Value;
        _from = FilteredExpression.Parse(match.Groups[2].Value, source.Context);
    }

    public override bool IsBlank => true;

    public override void Render(RenderContext context, StringBuilder output) => context.SetOuter(_to, _from.Evaluate(context));
}

/// <summary><c>{% capture name %}…{% endcapture %}</c>: renders the body into a string variable (outermost scope).</summary>
internal sealed class CaptureTag : BlockTag
{
    private readonly string _to;
    private readonly BlockBody _body = new();

    public CaptureTag(TagSource source)
        : base(source)
    {
        var match = LiquidSyntax.CaptureSyntax().Match(source.Markup);
        if (!match.Success)
        {
            throw LiquidException.Syntax("Syntax Error in 'capture' - Valid syntax: capture [var]");
        }

        _to = match.Groups[1].Value;
        while (ParseBody(_body, source))
        {
        }
    }

    public override bool IsBlank => true;

    public override void Render(RenderContext context, StringBuilder output)
    {
        var captured = new StringBuilder();
        _body.Render(context, captured);
        context.SetOuter(_to, captured.ToString());
    }
}

/// <summary>
/// <c>{% increment n %}</c> / <c>{% decrement n %}</c>: a counter kept in the environment, apart
/// from variables set by assign; increment prints the value before counting up, decrement after counting down.
/// </summary>
internal sealed class CounterTag(TagSource source, int step) : Tag(source)
{
    private readonly string _name = Values.RubyString.Strip(source.Markup);

    public override void Render(RenderContext context, StringBuilder output)
    {
        var value = context.Environment.TryGetValue(_name, out var existing) && existing is not null ? existing : 0L;
        if (!Values.RubyNumber.IsNumeric(value))
        {
            throw new LiquidException($"undefined method `{(step > 0 ? '+' : '-')}' for {Values.RubyValue.ClassName(value)}");
        }

        var next = Values.RubyNumber.ToFloatIfDecimal(Values.RubyNumber.Apply('+', value, (long)step));
        context.Environment[_name] = next;
        output.Append(Values.RubyValue.ToS(step > 0 ? value : next));
    }
}

/// <summary><c>{% echo expression | filters %}</c>: output as a tag, usable inside <c>{% liquid %}</c>.</summary>
internal sealed class EchoTag(TagSource source) : Tag(source)
{
    private readonly FilteredExpression _expression = FilteredExpression.Parse(source.Markup, source.Context);

    public override void Render(RenderContext context, StringBuilder output) =>
        output.Append(Values.RubyValue.ToOutput(_expression.Evaluate(context)));
}

/// <summary><c>{% break %}</c> and <c>{% continue %}</c>. Outside a loop they stop the rest of the template, as in Liquid.</summary>
internal sealed class InterruptTag(TagSource source, Interrupt interrupt) : Tag(source)
{
    public override void Render(RenderContext context, StringBuilder output) => context.PushInterrupt(interrupt);
}

/// <summary><c>{% ifchanged %}</c>: renders its body only when it differs from the last time.</summary>
internal sealed class IfChangedTag : BlockTag
{
    private readonly BlockBody _body = new();

    public IfChangedTag(TagSource source)
        : base(source)
    {
        while (ParseBody(_body, source))
        {
        }
    }

    public override void Render(RenderContext context, StringBuilder output)
    {
        var rendered = new StringBuilder();
        _body.Render(context, rendered);
        var text = rendered.ToString();
        if (!context.Registers.TryGetValue("ifchanged", out var previous) || (string)previous != text)
        {
            context.Registers["ifchanged"] = text;
            output.Append(text);
        }
    }
}
