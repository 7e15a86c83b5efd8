using System.Collections;
using Ikim.Publisher.Site.Liquid.Expressions;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Nodes;

/// <summary>
/// Liquid::Condition: <c>left op right</c>, chained to a child condition by <c>and</c>/<c>or</c>.
/// Chains are built so that they evaluate right to left: <c>a and b or c</c> is <c>a and (b or c)</c>.
/// </summary>
internal class Condition(Expression? left = null, string? op = null, Expression? right = null)
{
    private Condition? _child;
    private bool _childIsOr;

    public BlockBody Body { get; set; } = new();

    public virtual bool IsElse => false;

    public void And(Condition child) => (_child, _childIsOr) = (child, false);

    public void Or(Condition child) => (_child, _childIsOr) = (child, true);

    public virtual object? Evaluate(RenderContext context)
    {
        var condition = this;
        object? result;
        while (true)
        {
            result = condition.Interpret(context);
            if (condition._child is null || (condition._childIsOr ? RubyValue.IsTruthy(result) : !RubyValue.IsTruthy(result)))
            {
                return result;
            }

            condition = condition._child;
        }
    }

    private object? Interpret(RenderContext context)
    {
        if (op is null)
        {
            return left?.Evaluate(context);
        }

        var a = left?.Evaluate(context);
        var b = right?.Evaluate(context);
        return op switch
        {
            "==" => EqualVariables(a, b),
            "!=" or "<>" => !RubyValue.IsTruthy(EqualVariables(a, b)),
            "<" or ">" or "<=" or ">=" => Compare(a, b, op),
            "contains" => Contains(a, b),
            _ => throw new LiquidException($"Unknown operator {op}"),
        };
    }

    private static object? EqualVariables(object? a, object? b)
    {
        if (a is MethodLiteral literal)
        {
            return Ask(b, literal);
        }

        if (b is MethodLiteral other)
        {
            return Ask(a, other);
        }

        return RubyValue.RubyEquals(a, b);
    }

    // empty? on strings, arrays and hashes; nothing answers blank? (Jekyll loads no ActiveSupport).
    private static object? Ask(object? value, MethodLiteral literal) =>
        literal == MethodLiteral.Empty ? RubyValue.IsEmpty(value) : null;

    // Comparable#< and friends: nil when either side cannot be compared at all, an error when the types clash.
    private static object? Compare(object? a, object? b, string op)
    {
        if (!IsComparable(a) || !IsComparable(b))
        {
            return null;
        }

        var order = RubyValue.Compare(a, b)
            ?? throw new LiquidException($"comparison of {RubyValue.ClassName(a)} with {Describe(b)} failed");
        return op switch
        {
            "<" => order < 0,
            ">" => order > 0,
            "<=" => order <= 0,
            _ => order >= 0,
        };
    }

    private static bool IsComparable(object? value) =>
        RubyNumber.IsNumeric(value) || value is string or DateTimeOffset or DateOnly;

    // Ruby names the right-hand side by inspect for numbers and nil ("comparison of String with 5 failed"), by class otherwise.
    private static string Describe(object? value) =>
        RubyNumber.IsNumeric(value) || value is null ? RubyValue.Inspect(value) : RubyValue.ClassName(value);

    private static bool Contains(object? a, object? b)
    {
        if (!RubyValue.IsTruthy(a) || !RubyValue.IsTruthy(b))
        {
            return false;
        }

        return a switch
        {
            string text => text.Contains(RubyValue.ToS(b), StringComparison.Ordinal),
            IDictionary<string, object?> hash => b is string key && hash.ContainsKey(key),
            IList list => list.Cast<object?>().Any(item => RubyValue.RubyEquals(item, b)),
            LiquidRange range => RubyNumber.IsNumeric(b) && RubyNumber.Compare(b!, range.Start) >= 0 && RubyNumber.Compare(b!, range.End) <= 0,
            _ => false,
        };
    }
}

/// <summary>The <c>else</c> branch: always true.</summary>
internal sealed class ElseCondition : Condition
{
    public override bool IsElse => true;

    public override object? Evaluate(RenderContext context) => true;
}
