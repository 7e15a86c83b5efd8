using System.Globalization;
using System.Text;

namespace Ikim.Publisher.Site.Markdown.HeaderIds;

/// <summary>
/// kramdown-parser-gfm's header id: the heading's text, downcased, with every character that
/// is not a Ruby <c>\p{Word}</c> character, '-', ' ' or tab removed, and spaces and tabs turned
/// into '-'. So "IKIM – the Institute" keeps both spaces around the removed dash: "ikim--the-institute".
/// </summary>
public static class KramdownHeaderId
{
    public static string FromText(string text)
    {
        var lower = text.ToLowerInvariant();
        var id = new StringBuilder(lower.Length);
        foreach (var rune in lower.EnumerateRunes())
        {
            if (rune.Value is ' ' or '\t')
            {
                id.Append('-');
            }
            else if (rune.Value == '-' || IsWord(rune))
            {
                id.Append(rune.ToString());
            }
        }

        return id.ToString();
    }

    /// <summary>
    /// kramdown's own <c>basic_generate_id</c>, used by the converter for headings the GFM parser
    /// did not reach (inside <c>markdown="1"</c> HTML): ASCII letters, digits, spaces and dashes
    /// only, starting at the first letter.
    /// </summary>
    public static string BasicFromText(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsAsciiLetter(text[start]) && text[start] != '\n')
        {
            start++;
        }

        var id = new StringBuilder();
        foreach (var c in text.AsSpan(start))
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '-')
            {
                id.Append(char.ToLowerInvariant(c));
            }
            else if (c == ' ')
            {
                id.Append('-');
            }
        }

        return id.ToString();
    }

    // Onigmo's \p{Word}: letters, marks, decimal digits and connector punctuation.
    private static bool IsWord(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or
        UnicodeCategory.LowercaseLetter or
        UnicodeCategory.TitlecaseLetter or
        UnicodeCategory.ModifierLetter or
        UnicodeCategory.OtherLetter or
        UnicodeCategory.NonSpacingMark or
        UnicodeCategory.SpacingCombiningMark or
        UnicodeCategory.EnclosingMark or
        UnicodeCategory.DecimalDigitNumber or
        UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };
}
