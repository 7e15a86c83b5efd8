using System.Globalization;
using System.Numerics;
using System.Text;

namespace Ikim.Publisher.Site.Liquid.Values;

/// <summary>
/// Ruby's String methods where they differ from .NET's: lengths and indexes count code points,
/// case mapping is the full Unicode mapping ("ß".upcase is "SS"), whitespace is ASCII only
/// (a no-break space is kept by strip), and to_i/to_f read a leading number and ignore the rest.
/// </summary>
internal static partial class RubyString
{
    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r' or '\0';

    /// <summary>Ruby's regexp \s: ASCII whitespace without NUL.</summary>
    public static bool IsRegexSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    public static string Strip(string text) => RStrip(LStrip(text));

    public static string LStrip(string text)
    {
        var start = 0;
        while (start < text.Length && IsWhitespace(text[start]))
        {
            start++;
        }

        return start == 0 ? text : text[start..];
    }

    public static string RStrip(string text)
    {
        var end = text.Length;
        while (end > 0 && IsWhitespace(text[end - 1]))
        {
            end--;
        }

        return end == text.Length ? text : text[..end];
    }

    public static int Length(string text)
    {
        if (!HasSurrogates(text))
        {
            return text.Length;
        }

        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>Ruby's <c>str[start, length]</c> in code points: nil (null here) when start is out of range.</summary>
    public static string? Slice(string text, long start, long length)
    {
        var runes = HasSurrogates(text) ? text.EnumerateRunes().Select(r => r.ToString()).ToArray() : null;
        var size = runes?.Length ?? text.Length;
        if (start < 0)
        {
            start += size;
        }

        if (start < 0 || start > size || length < 0)
        {
            return null;
        }

        var count = (int)Math.Min(length, size - start);
        return runes is null ? text.Substring((int)start, count) : string.Concat(runes.Skip((int)start).Take(count));
    }

    public static IEnumerable<string> Characters(string text) => text.EnumerateRunes().Select(r => r.ToString());

    public static string Reverse(string text)
    {
        var runes = text.EnumerateRunes().ToArray();
        Array.Reverse(runes);
        return string.Concat(runes.Select(r => r.ToString()));
    }

    public static string Upcase(string text)
    {
        var upper = text.ToUpperInvariant();
        return upper.IndexOfAny(SpecialUpper) < 0 ? upper : ExpandSpecialUpper(upper);
    }

    public static string Downcase(string text) => text.ToLowerInvariant();

    /// <summary>Ruby's capitalize: the first character in title case, the rest in lower case.</summary>
    public static string Capitalize(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var first = Rune.GetRuneAt(text, 0);
        var rest = text[first.Utf16SequenceLength..];
        var head = first.Value switch
        {
            'ß' => "Ss",
            0x01C4 or 0x01C5 or 0x01C6 => "\u01C5",
            0x01C7 or 0x01C8 or 0x01C9 => "\u01C8",
            0x01CA or 0x01CB or 0x01CC => "\u01CB",
            0x01F1 or 0x01F2 or 0x01F3 => "\u01F2",
            _ => Upcase(first.ToString()),
        };
        return head + Downcase(rest);
    }

    /// <summary>Ruby's ASCII-only case-insensitive comparison (String#casecmp).</summary>
    public static int CaseCompare(string a, string b) => CompareOrdinal(AsciiDowncase(a), AsciiDowncase(b));

    /// <summary>Ruby's String#&lt;=&gt;: byte order of the UTF-8 encodings, which is code point order.</summary>
    public static int CompareOrdinal(string a, string b)
    {
        if (!HasSurrogates(a) && !HasSurrogates(b))
        {
            return Math.Sign(string.CompareOrdinal(a, b));
        }

        using var left = a.EnumerateRunes().GetEnumerator();
        using var right = b.EnumerateRunes().GetEnumerator();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft || !hasRight)
            {
                return hasLeft == hasRight ? 0 : hasLeft ? 1 : -1;
            }

            var order = left.Current.Value.CompareTo(right.Current.Value);
            if (order != 0)
            {
                return Math.Sign(order);
            }
        }
    }

    /// <summary>
    /// Ruby's String#split with a string pattern: " " splits on runs of whitespace (ignoring
    /// leading whitespace), "" splits into characters, and trailing empty fields are dropped.
    /// </summary>
    public static List<object?> Split(string text, string pattern)
    {
        var fields = new List<object?>();
        if (text.Length == 0)
        {
            return fields;
        }

        if (pattern == " ")
        {
            fields.AddRange(SplitOnWhitespace(text));
            return fields;
        }

        if (pattern.Length == 0)
        {
            fields.AddRange(Characters(text));
            return fields;
        }

        fields.AddRange(text.Split(pattern));
        while (fields.Count > 0 && ((string)fields[^1]!).Length == 0)
        {
            fields.RemoveAt(fields.Count - 1);
        }

        return fields;
    }

    /// <summary>Ruby's awk-style String#split (no pattern, or " "): fields between runs of ASCII whitespace.</summary>
    public static IEnumerable<string> SplitOnWhitespace(string text)
    {
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var space = IsRegexSpace(text[i]);
            if (space && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
            else if (!space && start < 0)
            {
                start = i;
            }
        }

        if (start >= 0)
        {
            yield return text[start..];
        }
    }

    /// <summary>Ruby's String#to_i: an optional sign and digits (with single underscores) after leading whitespace; 0 if none.</summary>
    public static object ToInteger(string text)
    {
        var i = 0;
        while (i < text.Length && IsRegexSpace(text[i]))
        {
            i++;
        }

        var negative = false;
        if (i < text.Length && text[i] is '+' or '-')
        {
            negative = text[i] == '-';
            i++;
        }

        var digits = new StringBuilder();
        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                digits.Append(text[i]);
            }
            else if (text[i] != '_' || digits.Length == 0 || i + 1 >= text.Length || !char.IsAsciiDigit(text[i + 1]))
            {
                break;
            }

            i++;
        }

        if (digits.Length == 0)
        {
            return 0L;
        }

        var value = BigInteger.Parse(digits.ToString(), CultureInfo.InvariantCulture);
        return RubyNumber.Normalize(negative ? -value : value);
    }

    /// <summary>Ruby's String#to_f: the longest leading decimal number, 0.0 if none.</summary>
    public static double ToFloat(string text)
    {
        var match = LeadingFloat().Match(text);
        var number = match.Value.Replace("_", "").Trim();
        return number.Any(char.IsAsciiDigit)
            ? double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture)
            : 0.0;
    }

    public static bool HasSurrogates(string text)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] SpecialUpper = ['ß', 'ﬀ', 'ﬁ', 'ﬂ', 'ﬃ', 'ﬄ', 'ﬅ', 'ﬆ', 'ŉ'];

    private static string ExpandSpecialUpper(string text) => text
        .Replace("ß", "SS").Replace("ﬀ", "FF").Replace("ﬁ", "FI").Replace("ﬂ", "FL")
        .Replace("ﬃ", "FFI").Replace("ﬄ", "FFL").Replace("ﬅ", "ST").Replace("ﬆ", "ST").Replace("ŉ", "ʼN");

    private static string AsciiDowncase(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= 'A' and <= 'Z')
            {
                chars[i] = (char)(chars[i] + 32);
            }
        }

        return new string(chars);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\A[ \t\n\v\f\r]*[-+]?(?:[0-9]+(?:_[0-9]+)*)?(?:\.[0-9]+(?:_[0-9]+)*)?(?:(?<=[0-9])[eE][-+]?[0-9]+)?")]
    private static partial System.Text.RegularExpressions.Regex LeadingFloat();
}
