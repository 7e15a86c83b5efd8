using System.Globalization;
using System.Text;

namespace Ikim.Publisher.Site.Liquid.Values;

/// <summary>
/// Ruby's Float#to_s: the shortest digits that round-trip, always with a decimal point ("3.0"),
/// and exponent notation below 1e-4 or from 1e16 up ("1.0e-05", "1.0e+16").
/// </summary>
internal static class RubyFloat
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        var (negative, digits, point) = Decompose(value);
        var text = new StringBuilder(digits.Length + 8);
        if (negative)
        {
            text.Append('-');
        }

        if (point < -3 || point > 16)
        {
            text.Append(digits[0]).Append('.').Append(digits.Length > 1 ? digits[1..] : "0");
            var exponent = point - 1;
            text.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (point <= 0)
        {
            text.Append("0.").Append('0', -point).Append(digits);
        }
        else if (point >= digits.Length)
        {
            text.Append(digits).Append('0', point - digits.Length).Append(".0");
        }
        else
        {
            text.Append(digits, 0, point).Append('.').Append(digits, point, digits.Length - point);
        }

        return text.ToString();
    }

    /// <summary>The shortest round-trip digits (no leading or trailing zeros) and where the decimal point goes.</summary>
    private static (bool Negative, string Digits, int Point) Decompose(double value)
    {
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = text.IndexOfAny(['E', 'e']);
        var exponent = exponentAt < 0 ? 0 : int.Parse(text[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var dot = mantissa.IndexOf('.');
        var integerPart = dot < 0 ? mantissa : mantissa[..dot];
        var fraction = dot < 0 ? "" : mantissa[(dot + 1)..];
        var digits = integerPart + fraction;
        var point = integerPart.Length + exponent;
        var leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0')
        {
            leading++;
        }

        digits = digits[leading..].TrimEnd('0');
        point -= leading;
        return (value < 0, digits.Length == 0 ? "0" : digits, point);
    }
}
