using System.Collections;
using System.Text;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// Jekyll's text filters (filters.rb): slugify, xml_escape, cgi_escape, uri_escape,
/// normalize_whitespace, number_of_words, array_to_sentence_string, to_integer, jsonify, inspect.
/// </summary>
internal static partial class JekyllTextFilters
{
    public static void Register(FilterRegistry.Builder filters)
    {
        filters.Add("slugify", 0, 1, (_, input, args) => Slugify.Apply(input, args.Length > 0 ? args[0] : null));
        filters.Add("xml_escape", 0, 0, (_, input, _) => XmlEscape(RubyValue.ToS(input)));
        filters.Add("cgi_escape", 0, 0, (_, input, _) => HtmlFilters.CgiEscape(RequireString(input, "cgi_escape")));
        filters.Add("uri_escape", 0, 0, (_, input, _) => input is null ? null : AddressableUri.NormalizeComponent(RequireString(input, "uri_escape")));
        filters.Add("normalize_whitespace", 0, 0, (_, input, _) => RubyString.Strip(Whitespace().Replace(RubyValue.ToS(input), " ")));
        filters.Add("number_of_words", 0, 1, (_, input, args) => NumberOfWords(input, args.Length > 0 ? args[0] : null));
        filters.Add("array_to_sentence_string", 0, 1, (_, input, args) => ToSentence(input, RubyValue.ToS(args.Length > 0 ? args[0] : "and")));
        filters.Add("to_integer", 0, 0, (_, input, _) => input switch
        {
            true => 1L,
            false => 0L,
            _ => RubyNumber.ToI(input),
        });
        filters.Add("jsonify", 0, 0, (_, input, _) => Json.Write(input));
        filters.Add("inspect", 0, 0, (_, input, _) => XmlEscape(RubyValue.Inspect(input)));
    }

    /// <summary>String#encode(xml: :attr) without the surrounding quotes.</summary>
    public static string XmlEscape(string text) => text
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&apos;");

    private static string RequireString(object? input, string filter) => input switch
    {
        string text => text,
        null => throw new LiquidException($"no implicit conversion of nil into String"),
        _ => throw new LiquidException($"Can't convert {RubyValue.ClassName(input)} into String."),
    };

    private static long NumberOfWords(object? input, object? mode)
    {
        if (input is not string text)
        {
            throw new LiquidException($"undefined method `split' for {RubyValue.Inspect(input)}:{RubyValue.ClassName(input)}");
        }

        long cjk = text.EnumerateRunes().Count(IsCjk);
        long words = 0;
        var inWord = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var isWordRune = !IsCjk(rune) && !(rune.IsAscii && RubyString.IsRegexSpace((char)rune.Value));
            if (isWordRune && !inWord)
            {
                words++;
            }

            inWord = isWordRune;
        }

        return RubyValue.ToS(mode) switch
        {
            "cjk" => cjk + words,
            "auto" when cjk > 0 => cjk + words,
            _ => RubyString.SplitOnWhitespace(text).LongCount(),
        };
    }

    // Han, Katakana, Hiragana and Hangul, the scripts Jekyll's cjk count matches.
    private static bool IsCjk(Rune rune) => rune.Value switch
    {
        >= 0x2E80 and <= 0x2FDF or 0x3005 or 0x3007 or >= 0x3021 and <= 0x3029 or >= 0x3038 and <= 0x303B => true,
        >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x323AF => true,
        >= 0x3041 and <= 0x3096 or >= 0x309D and <= 0x309F or 0x1B001 or 0x1F200 => true,
        >= 0x30A1 and <= 0x30FA or >= 0x30FD and <= 0x30FF or >= 0x31F0 and <= 0x31FF or >= 0x32D0 and <= 0x32FE => true,
        >= 0x3300 and <= 0x3357 or >= 0xFF66 and <= 0xFF6F or >= 0xFF71 and <= 0xFF9D or 0x1B000 => true,
        >= 0x1100 and <= 0x11FF or 0x302E or 0x302F or >= 0x3131 and <= 0x318E or >= 0x3200 and <= 0x321E => true,
        >= 0x3260 and <= 0x327E or >= 0xA960 and <= 0xA97C or >= 0xAC00 and <= 0xD7A3 or >= 0xD7B0 and <= 0xD7FB or >= 0xFFA0 and <= 0xFFDC => true,
        _ => false,
    };

    private static string ToSentence(object? input, string connector)
    {
        if (input is not IList list || input is string)
        {
            throw new LiquidException($"undefined method `length' for {RubyValue.Inspect(input)}:{RubyValue.ClassName(input)}");
        }

        var items = list.Cast<object?>().ToList();
        return items.Count switch
        {
            0 => "",
            1 => RubyValue.ToS(items[0]),
            2 => $"{RubyValue.ToS(items[0])} {connector} {RubyValue.ToS(items[1])}",
            _ => $"{RubyValue.Join(items.Take(items.Count - 1).ToList(), ", ")}, {connector} {RubyValue.ToS(items[^1])}",
        };
    }

    [GeneratedRegex(@"[ \t\r\n\f\v]+")]
    private static partial Regex Whitespace();
}
