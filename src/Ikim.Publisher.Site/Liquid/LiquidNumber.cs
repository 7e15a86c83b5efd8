using System.Globalization;

namespace Ikim.Publisher.Site.Liquid;

/// <summary>Ruby's Float#to_s: shortest round-trip digits, always with a decimal point ("3.0").</summary>
internal static class LiquidNumber
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

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E'))
        {
            return text.Replace("E+", "e+").Replace("E-", "e-");
        }

        return text.Contains('.') ? text : text + ".0";
    }
}
