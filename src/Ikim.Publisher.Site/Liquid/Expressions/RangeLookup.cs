using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Expressions;

/// <summary>Liquid::RangeLookup: <c>(1..page.count)</c>, a range with a bound known only when rendering.</summary>
internal sealed class RangeLookup(Expression start, Expression end) : Expression
{
    public override object? Evaluate(RenderContext context) =>
        new LiquidRange(Bound(start.Evaluate(context)), Bound(end.Evaluate(context)));

    // Integers as they are, nil and strings through to_i, anything else through Integer() ("3.7" is an error).
    private static long Bound(object? value) => value switch
    {
        long or int or System.Numerics.BigInteger => RubyNumber.ToLong(value),
        null or string => RubyNumber.ToLong(value),
        _ => RubyNumber.ToLongStrict(value),
    };
}
