using System.Text;

namespace Ikim.Publisher.Site.Markdown.HeaderIds;

/// <summary>
/// kramdown-parser-gfm's header id: the heading's text, downcased, with every character that
/// is not a Ruby <c>\p{Word}</c> character, '-' or ' ' removed, and spaces turned into '-'.
/// So "IKIM – the Institute" keeps both spaces around the removed dash: "ikim--the-institute".
/// </summary>
public static class KramdownHeaderId
{
    public static string FromText(string text)
    {
        var lower = text.ToLowerInvariant();
        var id = new StringBuilder(lower.Length);
        foreach (var rune in lower.EnumerateRunes())
        {
            if (rune.Value == ' ')
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

    // Onigmo's \p{Word}: letters, marks, decimal digits and connector punctuation.
    private static bool IsWord(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        System.Globalization.UnicodeCategory.UppercaseLetter or
        System.Globalization.UnicodeCategory.LowercaseLetter or
        System.Globalization.UnicodeCategory.TitlecaseLetter or
        System.Globalization.UnicodeCategory.ModifierLetter or
        System.Globalization.UnicodeCategory.OtherLetter or
        System.Globalization.UnicodeCategory.NonSpacingMark or
        System.Globalization.UnicodeCategory.SpacingCombiningMark or
        System.Globalization.UnicodeCategory.EnclosingMark or
        System.Globalization.UnicodeCategory.DecimalDigitNumber or
        System.Globalization.UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };
}
