using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Diagnostics;

namespace Ikim.Publisher.Site.Content;

/// <summary>A source file split into its YAML front matter and its body.</summary>
/// <param name="BodyLine">The 1-based line of the file on which the body starts.</param>
public sealed partial record FrontMatter(Dictionary<string, object?> Data, string Body, int BodyLine)
{
    /// <summary>
    /// Splits front matter with Jekyll's own pattern: the file starts with a <c>---</c> line and the block
    /// ends at the next line of <c>---</c> or <c>...</c>; blank lines right after the closing line belong to
    /// the front matter (Jekyll's <c>\s*$</c> swallows them). Returns null when the file has no front matter
    /// (Jekyll then treats it as a static file).
    /// </summary>
    public static FrontMatter? TryParse(string text, string path)
    {
        if (!HasFrontMatter(text))
        {
            return null;
        }

        var match = FrontMatterPattern().Match(text);
        if (!match.Success)
        {
            // Jekyll would publish such a file with the '---' lines as text; a missing closing line is almost
            // always a mistake, so we name it instead.
            throw new SiteBuildException(new SourcePosition(path, 1, 1), "front matter starts with '---' but is never closed");
        }

        var data = YamlReader.ParseMapping(match.Groups["yaml"].Value, path);
        var bodyLine = 1 + match.Value.Count(c => c == '\n');
        return new FrontMatter(data, text[match.Length..], bodyLine);
    }

    /// <summary>True when the first line is <c>---</c> (trailing blanks allowed), Jekyll's has_yaml_header?.</summary>
    public static bool HasFrontMatter(string text) => HeaderPattern().IsMatch(text);

    public static bool HasFrontMatter(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 4 && bytes[0] == '-' && bytes[1] == '-' && bytes[2] == '-' && HasFrontMatter(System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 256)]));

    // Document::YAML_FRONT_MATTER_REGEXP, with Ruby's ASCII \s and line anchors spelled out.
    [GeneratedRegex(@"\A(?<yaml>---[ \t\r\n\f\v]*\n.*?\n?)^(?:---|\.\.\.)[ \t\r\n\f\v]*$\n?", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FrontMatterPattern();

    // Utils.has_yaml_header?: the first line read is '---', optional blanks, end of line.
    [GeneratedRegex(@"\A---[ \t\f\v]*\r?\n")]
    private static partial Regex HeaderPattern();
}
