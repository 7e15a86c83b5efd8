using Ikim.Publisher.Site.Diagnostics;

namespace Ikim.Publisher.Site.Content;

/// <summary>A source file split into its YAML front matter and its body.</summary>
/// <param name="BodyLine">The 1-based line of the file on which the body starts.</param>
public sealed record FrontMatter(Dictionary<string, object?> Data, string Body, int BodyLine)
{
    /// <summary>
    /// Splits front matter the way Jekyll does: the file must start with a line of
    /// <c>---</c>; the block ends at the next line of <c>---</c> or <c>...</c>.
    /// Returns null when the file has no front matter (Jekyll then treats it as a static file).
    /// </summary>
    public static FrontMatter? TryParse(string text, string path)
    {
        if (!HasFrontMatter(text))
        {
            return null;
        }

        var firstLineEnd = text.IndexOf('\n');
        var position = firstLineEnd + 1;
        var line = 2;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineText = end < 0 ? text[position..] : text[position..end];
            var trimmed = lineText.TrimEnd('\r', ' ', '\t');
            if (trimmed is "---" or "...")
            {
                var yaml = text[(firstLineEnd + 1)..position];
                var data = YamlReader.ParseMapping(yaml, path, lineOffset: 1);
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatter(data, body, line + 1);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        throw new SiteBuildException(new SourcePosition(path, 1, 1), "front matter starts with '---' but is never closed");
    }

    /// <summary>True when the text starts with a <c>---</c> line, Jekyll's test for "has front matter".</summary>
    public static bool HasFrontMatter(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return false;
        }

        var end = text.IndexOf('\n');
        var first = end < 0 ? text : text[..end];
        return first.TrimEnd('\r', ' ', '\t') == "---";
    }

    public static bool HasFrontMatter(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 4 && bytes[0] == '-' && bytes[1] == '-' && bytes[2] == '-' && HasFrontMatter(System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 64)]));
}
