using Ikim.Publisher.Site.Liquid.Runtime;

namespace Ikim.Publisher.Site.Liquid.Expressions;

/// <summary>A parsed Liquid expression: a literal, a variable lookup, or a range.</summary>
internal abstract class Expression
{
    public abstract object? Evaluate(RenderContext context);
}

/// <summary>A constant: a string, number, boolean, nil, or a range with literal bounds.</summary>
internal sealed class LiteralExpression(object? value) : Expression
{
    public static readonly LiteralExpression Nil = new(null);

    public object? Value { get; } = value;

    public override object? Evaluate(RenderContext context) => Value;
}

/// <summary>
/// Liquid's <c>blank</c> and <c>empty</c> inside conditions (Condition::MethodLiteral): compared
/// with <c>==</c> they ask the other side <c>empty?</c> or <c>blank?</c>. Plain Ruby values have no
/// <c>blank?</c>, so <c>x == blank</c> is never true under Jekyll.
/// </summary>
internal sealed class MethodLiteral : Expression
{
    public static readonly MethodLiteral Blank = new("blank");
    public static readonly MethodLiteral Empty = new("empty");

    private MethodLiteral(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public override object? Evaluate(RenderContext context) => this;

    public override string ToString() => "";
}
