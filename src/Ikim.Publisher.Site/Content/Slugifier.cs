using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Content;

/// <summary>Jekyll's Utils.slugify: the modes raw, default, pretty, ascii and latin, optionally keeping case.</summary>
public static partial class Slugifier
{
    public static string? Slugify(string? text, string? mode = null, bool cased = false)
    {
        if (text is null)
        {
            return null;
        }

        mode ??= "default";
        if (mode is not ("raw" or "default" or "pretty" or "ascii" or "latin"))
        {
            return cased ? text : text.ToLowerInvariant();
        }

        if (mode == "latin")
        {
            text = Transliterate(text);
        }

        var pattern = mode switch
        {
            "raw" => RawPattern(),
            "pretty" => PrettyPattern(),
            "ascii" => AsciiPattern(),
            _ => DefaultPattern(),
        };
        var slug = pattern.Replace(text, "-");
        slug = EdgeHyphen().Replace(slug, "");
        return cased ? slug : slug.ToLowerInvariant();
    }

    // I18n.transliterate: accented Latin letters lose their marks, anything else non-ASCII becomes '?'.
    private static string Transliterate(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'Æ' => "AE",
                'ø' => "o",
                'Ø' => "O",
                'đ' => "d",
                'Đ' => "D",
                'ł' => "l",
                'Ł' => "L",
                'œ' => "oe",
                'Œ' => "OE",
                'þ' => "th",
                'Þ' => "Th",
                _ when c < 128 => c.ToString(),
                _ => "?",
            });
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex RawPattern();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}]+")]
    private static partial Regex DefaultPattern();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+")]
    private static partial Regex PrettyPattern();

    [GeneratedRegex(@"[^A-Za-z0-9]+")]
    private static partial Regex AsciiPattern();

    // Ruby's /^-|-$/ with line anchors: one hyphen at the start and one at the end of each line.
    [GeneratedRegex(@"^-|-$", RegexOptions.Multiline)]
    private static partial Regex EdgeHyphen();
}
