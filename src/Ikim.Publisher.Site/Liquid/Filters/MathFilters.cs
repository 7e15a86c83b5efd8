using System.Numerics;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// Liquid 5's math filters. Operands go through Liquid::Utils.to_number (floats and "1.5"-style
/// strings become BigDecimal, other strings to_i, nil 0); a BigDecimal result comes back as a
/// float, so <c>0.1 | plus: 0.2</c> is 0.3 and <c>2.5 | times: 2</c> is 5.0. Integer division and
/// modulo floor (<c>-7 | divided_by: 2</c> is -4).
/// </summary>
internal static class MathFilters
{
    public static void Register(FilterRegistry.Builder filters)
    {
        filters.Add("plus", 1, 1, (_, input, args) => Apply('+', input, args[0]));
        filters.Add("minus", 1, 1, (_, input, args) => Apply('-', input, args[0]));
        filters.Add("times", 1, 1, (_, input, args) => Apply('*', input, args[0]));
        filters.Add("divided_by", 1, 1, (_, input, args) => Apply('/', input, args[0]));
        filters.Add("modulo", 1, 1, (_, input, args) => Apply('%', input, args[0]));
        filters.Add("abs", 0, 0, (_, input, _) => Abs(RubyNumber.ToNumber(input)));
        filters.Add("ceil", 0, 0, (_, input, _) => ToInteger(RubyNumber.ToNumber(input), Math.Ceiling, Math.Ceiling));
        filters.Add("floor", 0, 0, (_, input, _) => ToInteger(RubyNumber.ToNumber(input), Math.Floor, Math.Floor));
        filters.Add("round", 0, 1, (_, input, args) => Round(input, Argument(args)));
        filters.Add("at_least", 1, 1, (_, input, args) => Clamp(input, args[0], least: true));
        filters.Add("at_most", 1, 1, (_, input, args) => Clamp(input, args[0], least: false));
    }

    private static object? Argument(object?[] args) => args.Length > 0 ? args[0] : 0L;

    private static object Apply(char operation, object? input, object? operand) =>
        RubyNumber.ToFloatIfDecimal(RubyNumber.Apply(operation, RubyNumber.ToNumber(input), RubyNumber.ToNumber(operand)));

    private static object Abs(object number) => number switch
    {
        long l when l != long.MinValue => Math.Abs(l),
        long l => BigInteger.Abs(l),
        BigInteger b => RubyNumber.Normalize(BigInteger.Abs(b)),
        decimal m => RubyNumber.DecimalToDouble(Math.Abs(m)),
        double d => Math.Abs(d),
        _ => number,
    };

    private static object ToInteger(object number, Func<decimal, decimal> onDecimal, Func<double, double> onDouble) => number switch
    {
        decimal m => RubyNumber.Normalize(new BigInteger(onDecimal(m))),
        double d when double.IsFinite(d) => RubyNumber.Normalize(new BigInteger(onDouble(d))),
        double d => throw new LiquidException(RubyFloat.Format(d)),
        _ => number,
    };

    // BigDecimal#round(n) rounds half away from zero and answers an Integer when n < 1; Integer#round(n) likewise.
    private static object Round(object? input, object? digitsArgument)
    {
        var number = RubyNumber.ToNumber(input);
        var digitsNumber = RubyNumber.ToNumber(digitsArgument);
        var digits = RubyNumber.IsInteger(digitsNumber) ? RubyNumber.ToLong(digitsNumber) : (long)RubyNumber.ToDouble(digitsNumber);
        object result = number switch
        {
            long or BigInteger when digits >= 0 => number,
            long or BigInteger => RoundInteger(RubyNumber.ToBig(number), digits),
            decimal m when digits >= 1 => RubyNumber.DecimalToDouble(decimal.Round(m, (int)Math.Min(digits, 28), MidpointRounding.AwayFromZero)),
            decimal m => RubyNumber.Normalize(RoundInteger(m, digits)),
            double d when double.IsFinite(d) => digits >= 1 ? Math.Round(d, (int)Math.Min(digits, 15), MidpointRounding.AwayFromZero)
                : RubyNumber.Normalize(new BigInteger(Math.Round(d / Math.Pow(10, -digits), MidpointRounding.AwayFromZero)) * BigInteger.Pow(10, (int)-digits)),
            double d => throw new LiquidException(RubyFloat.Format(d)),
            _ => number,
        };
        return RubyNumber.IsNumeric(digitsArgument) && RubyValue.RubyEquals(digitsArgument, 0L) && result is double whole
            ? RubyNumber.Normalize(new BigInteger(whole))
            : result;
    }

    private static object RoundInteger(BigInteger value, long digits)
    {
        var unit = BigInteger.Pow(10, (int)Math.Min(-digits, 1000));
        var quotient = BigInteger.DivRem(BigInteger.Abs(value), unit, out var remainder);
        if (remainder * 2 >= unit)
        {
            quotient++;
        }

        return RubyNumber.Normalize(quotient * unit * value.Sign);
    }

    private static BigInteger RoundInteger(decimal value, long digits)
    {
        var scale = (decimal)Math.Pow(10, Math.Min(-digits, 28));
        return new BigInteger(decimal.Round(value / scale, 0, MidpointRounding.AwayFromZero)) * new BigInteger(scale);
    }

    private static object Clamp(object? input, object? bound, bool least)
    {
        var limit = RubyNumber.ToNumber(bound);
        var value = RubyNumber.ToNumber(input);
        var order = RubyNumber.Compare(limit, value);
        var result = (least ? order > 0 : order < 0) ? limit : value;
        return RubyNumber.ToFloatIfDecimal(result);
    }
}
