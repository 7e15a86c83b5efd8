using System.Text;
using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// Jekyll's Excerpt#extract_excerpt: the text before the first excerpt separator; Liquid blocks left open
/// by the cut are closed, and Markdown link definitions from the rest that the excerpt uses are appended.
/// </summary>
internal static partial class ExcerptExtractor
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "comment", "raw", "if", "unless", "case", "for", "tablerow", "capture", "ifchanged", "highlight",
    };

    public static string Extract(string content, string separator)
    {
        var cut = content.IndexOf(separator, StringComparison.Ordinal);
        if (cut < 0 || cut + separator.Length == content.Length)
        {
            return content[..(cut < 0 ? content.Length : cut)];
        }

        var head = new StringBuilder(content[..cut]);
        var tail = content[(cut + separator.Length)..];
        if (head.ToString().Contains("{%", StringComparison.Ordinal))
        {
            CloseOpenBlocks(head);
        }

        var headText = head.ToString();
        var definitions = LinkDefinition().Matches(tail)
            .Where(m => headText.Contains(m.Groups["label"].Value, StringComparison.Ordinal))
            .Select(m => m.Groups["label"].Value + m.Groups["rest"].Value)
            .ToList();
        if (definitions.Count > 0)
        {
            head.Append("\n\n").Append(string.Join('\n', definitions));
        }

        return head.ToString();
    }

    private static void CloseOpenBlocks(StringBuilder head)
    {
        var text = head.ToString();
        var names = LiquidTag().Matches(text).Select(m => m.Groups[1].Value).Reverse();
        foreach (var name in names)
        {
            if (BlockTags.Contains(name) && !Regex.IsMatch(head.ToString(), @"\{%-?\s*end" + Regex.Escape(name) + @".*?\s*-?%\}", RegexOptions.Singleline))
            {
                head.Append("\n{% end").Append(name).Append(" %}");
            }
        }
    }

    [GeneratedRegex(@"\{%-?\s*(\w+)\s*.*?-?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidTag();

    [GeneratedRegex(@"^ {0,3}(?:(?<label>\[[^\]]+\])(?<rest>:.+))$", RegexOptions.Multiline)]
    private static partial Regex LinkDefinition();
}
