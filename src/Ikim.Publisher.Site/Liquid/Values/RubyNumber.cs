using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Liquid.Runtime;

namespace Ikim.Publisher.Site.Liquid.Values;

/// <summary>
/// Ruby's numbers as Liquid 5 uses them. Integers are <see cref="long"/>, growing into
/// <see cref="BigInteger"/> instead of overflowing; floats are <see cref="double"/>. The math
/// filters turn floats into BigDecimal first (Liquid::Utils.to_number), which is why
/// <c>0.1 | plus: 0.2</c> is 0.3: here BigDecimal is <see cref="decimal"/>, and a result is turned
/// back into a float as Liquid does (<c>to_f</c>). Values outside decimal's range fall back to double.
/// </summary>
internal static partial class RubyNumber
{
    public static bool IsInteger(object? value) => value is long or int or BigInteger;

    public static bool IsNumeric(object? value) => value is long or int or BigInteger or double or float or decimal;

    public static object Normalize(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? (object)(long)value : value;

    public static BigInteger ToBig(object integer) => integer switch
    {
        long l => l,
        int i => i,
        BigInteger b => b,
        _ => throw new InvalidOperationException("not an integer"),
    };

    /// <summary>Liquid::Utils.to_number: floats and "1.5"-style strings become BigDecimal, other strings to_i, non-numbers 0.</summary>
    public static object ToNumber(object? value) => value switch
    {
        long or BigInteger or decimal => value,
        int i => (long)i,
        double d => FloatToDecimal(d),
        float f => FloatToDecimal(f),
        string s when DecimalString().IsMatch(RubyString.Strip(s)) => ParseDecimal(RubyString.Strip(s)),
        string s => RubyString.ToInteger(s),
        _ => 0L,
    };

    /// <summary>A BigDecimal result is handed back as a Float (<c>result.to_f</c>); integers stay integers.</summary>
    public static object ToFloatIfDecimal(object value) => value is decimal d ? DecimalToDouble(d) : value;

    public static double DecimalToDouble(decimal value) =>
        double.Parse(value.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    public static double ToDouble(object number) => number switch
    {
        long l => l,
        int i => i,
        BigInteger b => (double)b,
        decimal m => DecimalToDouble(m),
        double d => d,
        float f => f,
        _ => 0,
    };

    /// <summary>Applies + - * / % with Ruby's semantics: integer division and modulo floor, division by integer zero is an error.</summary>
    public static object Apply(char operation, object left, object right)
    {
        if (IsInteger(left) && IsInteger(right))
        {
            return IntegerOperation(operation, ToBig(left), ToBig(right));
        }

        if (left is double || right is double || !TryDecimal(left, out var a) || !TryDecimal(right, out var b))
        {
            return DoubleOperation(operation, ToDouble(left), ToDouble(right));
        }

        try
        {
            return DecimalOperation(operation, a, b);
        }
        catch (OverflowException)
        {
            return DoubleOperation(operation, ToDouble(left), ToDouble(right));
        }
    }

    /// <summary>Ruby's Comparable on two numbers of any kind.</summary>
    public static int Compare(object left, object right)
    {
        if (IsInteger(left) && IsInteger(right))
        {
            return ToBig(left).CompareTo(ToBig(right));
        }

        if (TryDecimal(left, out var a) && TryDecimal(right, out var b) && left is not double && right is not double)
        {
            return a.CompareTo(b);
        }

        return ToDouble(left).CompareTo(ToDouble(right));
    }

    /// <summary>Liquid::Utils.to_integer: integers as they are, anything else through Ruby's strict Integer(to_s).</summary>
    public static object ToIntegerStrict(object? value)
    {
        if (IsInteger(value))
        {
            return value is int i ? (long)i : value!;
        }

        return ParseIntegerStrict(RubyValue.ToS(value)) ?? throw new LiquidException("invalid integer");
    }

    public static long ToLongStrict(object? value) => ToIntegerStrict(value) switch
    {
        long l => l,
        BigInteger b => b > 0 ? long.MaxValue : long.MinValue,
        _ => 0,
    };

    /// <summary>Ruby's <c>to_i</c> on whatever a template hands over (nil is 0, floats truncate, strings read a leading integer).</summary>
    public static object ToI(object? value) => value switch
    {
        null => 0L,
        long or BigInteger => value,
        int i => (long)i,
        double d when double.IsFinite(d) => Normalize(new BigInteger(Math.Truncate(d))),
        double d => throw new LiquidException(RubyFloat.Format(d)),
        decimal m => Normalize(new BigInteger(decimal.Truncate(m))),
        string s => RubyString.ToInteger(s),
        _ => throw new LiquidException($"undefined method `to_i' for {RubyValue.Inspect(value)}:{RubyValue.ClassName(value)}"),
    };

    public static long ToLong(object? value) => ToI(value) switch
    {
        long l => l,
        BigInteger b => b > 0 ? long.MaxValue : long.MinValue,
        _ => 0,
    };

    /// <summary>Ruby's Kernel#Integer(string): whitespace around, a sign, a 0x/0b/0o/0 prefix, digits with single underscores.</summary>
    public static object? ParseIntegerStrict(string text)
    {
        var match = StrictInteger().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var digits = match.Groups["digits"].Value.Replace("_", "");
        var prefix = match.Groups["prefix"].Value.ToLowerInvariant();
        var radix = prefix switch
        {
            "0x" => 16,
            "0b" => 2,
            "0o" or "0" => 8,
            _ => 10,
        };
        BigInteger value = 0;
        foreach (var c in digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.ToLowerInvariant(c) - 'a' + 10;
            if (digit >= radix)
            {
                return null;
            }

            value = value * radix + digit;
        }

        return Normalize(match.Groups["sign"].Value == "-" ? -value : value);
    }

    /// <summary>Ruby's Integer#size (bytes of the machine representation): 8 for fixnums.</summary>
    public static long IntegerSize(object integer) => integer is BigInteger big
        ? Math.Max(8, (big.GetByteCount(isUnsigned: false) + 7) / 8 * 8)
        : 8;

    public static object ParseIntegerLiteral(string text) => Normalize(BigInteger.Parse(text, CultureInfo.InvariantCulture));

    private static object IntegerOperation(char operation, BigInteger a, BigInteger b)
    {
        if (operation is '/' or '%' && b.IsZero)
        {
            throw new LiquidException("divided by 0");
        }

        var result = operation switch
        {
            '+' => a + b,
            '-' => a - b,
            '*' => a * b,
            '/' => FloorDivide(a, b),
            _ => a - b * FloorDivide(a, b),
        };
        return Normalize(result);
    }

    private static BigInteger FloorDivide(BigInteger a, BigInteger b)
    {
        var quotient = BigInteger.DivRem(a, b, out var remainder);
        return !remainder.IsZero && (remainder.Sign < 0) != (b.Sign < 0) ? quotient - 1 : quotient;
    }

    private static object DecimalOperation(char operation, decimal a, decimal b)
    {
        if (operation is '/' or '%' && b == 0)
        {
            return operation == '%' || a == 0 ? double.NaN : a > 0 ? double.PositiveInfinity : double.NegativeInfinity;
        }

        return operation switch
        {
            '+' => a + b,
            '-' => a - b,
            '*' => a * b,
            '/' => a / b,
            _ => FloorModulo(a, b),
        };
    }

    private static decimal FloorModulo(decimal a, decimal b)
    {
        var remainder = a % b;
        return remainder != 0 && (remainder < 0) != (b < 0) ? remainder + b : remainder;
    }

    private static double DoubleOperation(char operation, double a, double b) => operation switch
    {
        '+' => a + b,
        '-' => a - b,
        '*' => a * b,
        '/' => a / b,
        _ => b == 0 ? double.NaN : a - b * Math.Floor(a / b),
    };

    private static bool TryDecimal(object number, out decimal value)
    {
        value = 0;
        try
        {
            switch (number)
            {
                case decimal m:
                    value = m;
                    return true;
                case long l:
                    value = l;
                    return true;
                case BigInteger b when BigInteger.Abs(b) < new BigInteger(decimal.MaxValue):
                    value = (decimal)b;
                    return true;
                default:
                    return false;
            }
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    // BigDecimal(float.to_s): the float's shortest decimal digits, exactly. Out of decimal's range it stays a float.
    private static object FloatToDecimal(double value)
    {
        if (!double.IsFinite(value) || (value != 0 && (Math.Abs(value) < 1e-20 || Math.Abs(value) > 1e27)))
        {
            return value;
        }

        return decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static object ParseDecimal(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\A-?[0-9]+\.[0-9]+\z")]
    private static partial Regex DecimalString();

    [GeneratedRegex(@"\A[ \t\n\v\f\r]*(?<sign>[-+]?)(?:(?<prefix>0[xX])(?<digits>[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*)|(?<prefix>0[bB])(?<digits>[01]+(?:_[01]+)*)|(?<prefix>0[oO]?)(?<digits>[0-7]+(?:_[0-7]+)*)|(?<prefix>0[dD])?(?<digits>[0-9]+(?:_[0-9]+)*))[ \t\n\v\f\r]*\z")]
    private static partial Regex StrictInteger();
}
