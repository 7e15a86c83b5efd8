using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// Jekyll's Utils.slugify and its modes: raw (whitespace), default (anything but letters, marks
/// and digits), pretty (keeps ._~!$&amp;'()+,;=@), ascii (anything but A-Z, a-z, 0-9) and latin
/// (I18n's transliteration first, unknown characters becoming '?'). Runs become one hyphen,
/// hyphens at the ends go, and the result is lower case. An unknown mode only lower-cases.
/// </summary>
internal static partial class Slugify
{
    // I18n::Backend::Transliterator::HashTransliterator::DEFAULT_APPROXIMATIONS (i18n 1.10).
    private static readonly FrozenDictionary<string, string> Approximations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["À"] = "A",
        ["Á"] = "A",
        ["Â"] = "A",
        ["Ã"] = "A",
        ["Ä"] = "A",
        ["Å"] = "A",
        ["Æ"] = "AE",
        ["Ç"] = "C",
        ["È"] = "E",
        ["É"] = "E",
        ["Ê"] = "E",
        ["Ë"] = "E",
        ["Ì"] = "I",
        ["Í"] = "I",
        ["Î"] = "I",
        ["Ï"] = "I",
        ["Ð"] = "D",
        ["Ñ"] = "N",
        ["Ò"] = "O",
        ["Ó"] = "O",
        ["Ô"] = "O",
        ["Õ"] = "O",
        ["Ö"] = "O",
        ["×"] = "x",
        ["Ø"] = "O",
        ["Ù"] = "U",
        ["Ú"] = "U",
        ["Û"] = "U",
        ["Ü"] = "U",
        ["Ý"] = "Y",
        ["Þ"] = "Th",
        ["ß"] = "ss",
        ["à"] = "a",
        ["á"] = "a",
        ["â"] = "a",
        ["ã"] = "a",
        ["ä"] = "a",
        ["å"] = "a",
        ["æ"] = "ae",
        ["ç"] = "c",
        ["è"] = "e",
        ["é"] = "e",
        ["ê"] = "e",
        ["ë"] = "e",
        ["ì"] = "i",
        ["í"] = "i",
        ["î"] = "i",
        ["ï"] = "i",
        ["ð"] = "d",
        ["ñ"] = "n",
        ["ò"] = "o",
        ["ó"] = "o",
        ["ô"] = "o",
        ["õ"] = "o",
        ["ö"] = "o",
        ["ø"] = "o",
        ["ù"] = "u",
        ["ú"] = "u",
        ["û"] = "u",
        ["ü"] = "u",
        ["ý"] = "y",
        ["þ"] = "th",
        ["ÿ"] = "y",
        ["Ā"] = "A",
        ["ā"] = "a",
        ["Ă"] = "A",
        ["ă"] = "a",
        ["Ą"] = "A",
        ["ą"] = "a",
        ["Ć"] = "C",
        ["ć"] = "c",
        ["Ĉ"] = "C",
        ["ĉ"] = "c",
        ["Ċ"] = "C",
        ["ċ"] = "c",
        ["Č"] = "C",
        ["č"] = "c",
        ["Ď"] = "D",
        ["ď"] = "d",
        ["Đ"] = "D",
        ["đ"] = "d",
        ["Ē"] = "E",
        ["ē"] = "e",
        ["Ĕ"] = "E",
        ["ĕ"] = "e",
        ["Ė"] = "E",
        ["ė"] = "e",
        ["Ę"] = "E",
        ["ę"] = "e",
        ["Ě"] = "E",
        ["ě"] = "e",
        ["Ĝ"] = "G",
        ["ĝ"] = "g",
        ["Ğ"] = "G",
        ["ğ"] = "g",
        ["Ġ"] = "G",
        ["ġ"] = "g",
        ["Ģ"] = "G",
        ["ģ"] = "g",
        ["Ĥ"] = "H",
        ["ĥ"] = "h",
        ["Ħ"] = "H",
        ["ħ"] = "h",
        ["Ĩ"] = "I",
        ["ĩ"] = "i",
        ["Ī"] = "I",
        ["ī"] = "i",
        ["Ĭ"] = "I",
        ["ĭ"] = "i",
        ["Į"] = "I",
        ["į"] = "i",
        ["İ"] = "I",
        ["ı"] = "i",
        ["Ĳ"] = "IJ",
        ["ĳ"] = "ij",
        ["Ĵ"] = "J",
        ["ĵ"] = "j",
        ["Ķ"] = "K",
        ["ķ"] = "k",
        ["ĸ"] = "k",
        ["Ĺ"] = "L",
        ["ĺ"] = "l",
        ["Ļ"] = "L",
        ["ļ"] = "l",
        ["Ľ"] = "L",
        ["ľ"] = "l",
        ["Ŀ"] = "L",
        ["ŀ"] = "l",
        ["Ł"] = "L",
        ["ł"] = "l",
        ["Ń"] = "N",
        ["ń"] = "n",
        ["Ņ"] = "N",
        ["ņ"] = "n",
        ["Ň"] = "N",
        ["ň"] = "n",
        ["ŉ"] = "'n",
        ["Ŋ"] = "NG",
        ["ŋ"] = "ng",
        ["Ō"] = "O",
        ["ō"] = "o",
        ["Ŏ"] = "O",
        ["ŏ"] = "o",
        ["Ő"] = "O",
        ["ő"] = "o",
        ["Œ"] = "OE",
        ["œ"] = "oe",
        ["Ŕ"] = "R",
        ["ŕ"] = "r",
        ["Ŗ"] = "R",
        ["ŗ"] = "r",
        ["Ř"] = "R",
        ["ř"] = "r",
        ["Ś"] = "S",
        ["ś"] = "s",
        ["Ŝ"] = "S",
        ["ŝ"] = "s",
        ["Ş"] = "S",
        ["ş"] = "s",
        ["Š"] = "S",
        ["š"] = "s",
        ["Ţ"] = "T",
        ["ţ"] = "t",
        ["Ť"] = "T",
        ["ť"] = "t",
        ["Ŧ"] = "T",
        ["ŧ"] = "t",
        ["Ũ"] = "U",
        ["ũ"] = "u",
        ["Ū"] = "U",
        ["ū"] = "u",
        ["Ŭ"] = "U",
        ["ŭ"] = "u",
        ["Ů"] = "U",
        ["ů"] = "u",
        ["Ű"] = "U",
        ["ű"] = "u",
        ["Ų"] = "U",
        ["ų"] = "u",
        ["Ŵ"] = "W",
        ["ŵ"] = "w",
        ["Ŷ"] = "Y",
        ["ŷ"] = "y",
        ["Ÿ"] = "Y",
        ["Ź"] = "Z",
        ["ź"] = "z",
        ["Ż"] = "Z",
        ["ż"] = "z",
        ["Ž"] = "Z",
        ["ž"] = "z",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static object? Apply(object? input, object? modeArgument)
    {
        if (input is null)
        {
            return null;
        }

        var mode = modeArgument is null ? "default" : RubyValue.ToS(modeArgument);
        if (mode is not ("raw" or "default" or "pretty" or "ascii" or "latin"))
        {
            return input is string unknown ? RubyString.Downcase(unknown) : throw NotAString(input, "downcase");
        }

        if (input is not string text)
        {
            throw NotAString(input, "gsub");
        }

        if (mode == "latin")
        {
            text = Transliterate(text);
        }

        var pattern = mode switch
        {
            "raw" => Raw(),
            "pretty" => Pretty(),
            "ascii" => Ascii(),
            _ => Default(),
        };
        var slug = EdgeHyphen().Replace(pattern.Replace(text, "-"), "");
        return RubyString.Downcase(slug);
    }

    private static string Transliterate(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            output.Append(rune.Value < 0x80 ? rune.ToString() : Approximations.GetValueOrDefault(rune.ToString(), "?"));
        }

        return output.ToString();
    }

    private static LiquidException NotAString(object input, string method) =>
        new($"undefined method `{method}' for {RubyValue.Inspect(input)}:{RubyValue.ClassName(input)}");

    [GeneratedRegex(@"[ \t\r\n\f\v]+")]
    private static partial Regex Raw();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}]+")]
    private static partial Regex Default();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+")]
    private static partial Regex Pretty();

    [GeneratedRegex(@"[^A-Za-z0-9]+")]
    private static partial Regex Ascii();

    [GeneratedRegex(@"^-|-$", RegexOptions.Multiline)]
    private static partial Regex EdgeHyphen();
}
