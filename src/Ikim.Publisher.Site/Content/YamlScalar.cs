using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ikim.Publisher.Site.Content;

/// <summary>Resolves plain YAML scalars to values as Psych (YAML 1.1) does.</summary>
internal static partial class YamlScalar
{
    public static object? Resolve(YamlScalarNode node)
    {
        var text = node.Value ?? "";
        if (node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return text;
        }

        if (!node.Tag.IsEmpty)
        {
            return ResolveTagged(node.Tag.Value, text);
        }

        return ResolvePlain(text);
    }

    /// <summary>Psych's ScalarScanner#tokenize for plain scalars, branch for branch.</summary>
    public static object? ResolvePlain(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        // Words (and anything with a line break) are strings, except the short YAML 1.1 null/boolean words.
        if (WordPattern().IsMatch(text) || text.Contains('\n'))
        {
            return text.Length > 5 ? text : Word(text);
        }

        if (TimestampPattern().IsMatch(text))
        {
            return JekyllTime.TryParse(text, out var time) ? time : text;
        }

        if (DatePattern().IsMatch(text))
        {
            return DateOnly.TryParseExact(text, ["yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : text;
        }

        switch (text.ToLowerInvariant())
        {
            case ".inf" or "+.inf":
                return double.PositiveInfinity;
            case "-.inf":
                return double.NegativeInfinity;
            case ".nan":
                return double.NaN;
        }

        if (SexagesimalInteger().IsMatch(text))
        {
            return Sexagesimal(text, s => long.Parse(s.Replace("_", ""), CultureInfo.InvariantCulture));
        }

        if (SexagesimalFloat().IsMatch(text))
        {
            return Sexagesimal(text, s => double.Parse(s.Replace("_", "").TrimEnd('.'), CultureInfo.InvariantCulture));
        }

        if (FloatPattern().IsMatch(text))
        {
            return text.TrimStart('+', '-') == "." ? text : ParseFloat(text);
        }

        return IntegerPattern().IsMatch(text) && TryParseInteger(text.Replace(",", "").Replace("_", ""), out var integer) ? integer : text;
    }

    private static object? Word(string text)
    {
        if (FirstLetterPattern().IsMatch(text))
        {
            return text;
        }

        return text.ToLowerInvariant() switch
        {
            "~" or "null" => null,
            "yes" or "true" or "on" => true,
            "no" or "false" or "off" => false,
            _ => text,
        };
    }

    // Psych sums the parts with 60 ** |index - 2|, so "10:20" is 10 * 3600 + 20 * 60.
    private static object Sexagesimal<T>(string text, Func<string, T> parse)
        where T : System.Numerics.INumber<T>
    {
        var parts = text.Split(':');
        var total = T.Zero;
        for (var i = 0; i < parts.Length; i++)
        {
            total += parse(parts[i]) * T.CreateChecked(Math.Pow(60, Math.Abs(i - 2)));
        }

        return total;
    }

    private static object ParseFloat(string text)
    {
        var cleaned = text.Replace(",", "").Replace("_", "");
        cleaned = TrailingDot().Replace(cleaned, "$1");
        return double.Parse(cleaned.Length == 0 || cleaned is "+" or "-" ? "0" : cleaned, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    // Ruby's Integer(): 0x hex, 0b binary, a leading 0 for octal.
    private static bool TryParseInteger(string text, out long value)
    {
        var negative = text.StartsWith('-');
        var digits = text.TrimStart('+', '-');
        value = 0;
        try
        {
            if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                value = Convert.ToInt64(digits[2..], 16);
            }
            else if (digits.StartsWith("0b", StringComparison.OrdinalIgnoreCase))
            {
                value = Convert.ToInt64(digits[2..], 2);
            }
            else if (digits.Length > 1 && digits[0] == '0')
            {
                value = Convert.ToInt64(digits[1..], 8);
            }
            else if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value))
            {
                return false;
            }
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException)
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    private static object? ResolveTagged(string tag, string text) => tag switch
    {
        "tag:yaml.org,2002:str" or "!" => text,
        "tag:yaml.org,2002:int" when long.TryParse(text, CultureInfo.InvariantCulture, out var i) => i,
        "tag:yaml.org,2002:float" when double.TryParse(text, CultureInfo.InvariantCulture, out var f) => f,
        _ => ResolvePlain(text),
    };

    [GeneratedRegex(@"^[^\d.:-]?[\p{L}\p{M}_\s!@#$%\^&*(){}<>|/\\~;=]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^[^ytonf~]", RegexOptions.IgnoreCase)]
    private static partial Regex FirstLetterPattern();

    [GeneratedRegex(@"^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$")]
    private static partial Regex TimestampPattern();

    [GeneratedRegex(@"^\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}$")]
    private static partial Regex SexagesimalInteger();

    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}\.[0-9_]*$")]
    private static partial Regex SexagesimalFloat();

    [GeneratedRegex(@"^[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"\.([Ee]|$)")]
    private static partial Regex TrailingDot();

    [GeneratedRegex(@"^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)$")]
    private static partial Regex IntegerPattern();
}
