using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Markdown;
using Xunit.Abstractions;

namespace Ikim.Publisher.Site.Tests.Markdown;

/// <summary>
/// The Markdown of the conformance fixture sites, converted alone: each page's body (after front
/// matter) through our converter with the site's kramdown options, compared with what Jekyll put
/// between the layout's tags. Pages whose body needs Liquid first are left out.
/// </summary>
public sealed partial class MarkdownFixtureSiteTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("markdown", "<article>\n", "\n</article>")]
    [InlineData("kramdown-options", "<html><body>\n", "\n</body></html>")]
    public void Page_bodies_convert_like_kramdown(string site, string open, string close)
    {
        var root = Path.Combine(Path.GetDirectoryName(MarkdownCases.Folder)!, "sites", site);
        var config = File.ReadAllText(Path.Combine(root, "input", "_config.yml"));
        var pipeline = MarkdownPipelineFactory.Create(KramdownOptions.From(MarkdownCases.KramdownSection(config)));
        var pages = Directory.EnumerateFiles(Path.Combine(root, "input"), "*.*")
            .Where(p => Path.GetExtension(p) is ".md" or ".markdown" or ".mkd" or ".txtmd")
            .Order(StringComparer.Ordinal)
            .ToList();
        var differing = new List<string>();
        var compared = 0;
        foreach (var page in pages)
        {
            var body = FrontMatter().Replace(File.ReadAllText(page), "", 1);
            if (body.Contains("{%", StringComparison.Ordinal) || body.Contains("{{", StringComparison.Ordinal))
            {
                output.WriteLine($"skipped (Liquid) {Path.GetFileName(page)}");
                continue;
            }

            var expectedFile = Path.Combine(root, "expected", Path.GetFileNameWithoutExtension(page) + ".html");
            var expected = Between(File.ReadAllText(expectedFile), open, close);
            compared++;
            if (KramdownConverter.ToHtml(body, pipeline) != expected)
            {
                differing.Add(Path.GetFileName(page));
            }
        }

        output.WriteLine($"{site}: {compared - differing.Count} of {compared} pages identical; differing: {string.Join(", ", differing)}");
        Assert.Equal(Known[site], differing);
    }

    // Differences we know and accept (none left in these sites).
    private static readonly Dictionary<string, List<string>> Known = new()
    {
        ["markdown"] = [],
        ["kramdown-options"] = [],
    };

    private static string Between(string html, string open, string close)
    {
        var start = html.IndexOf(open, StringComparison.Ordinal) + open.Length;
        return html[start..html.LastIndexOf(close, StringComparison.Ordinal)];
    }

    // Jekyll's front matter pattern, which also swallows blank lines after the closing "---".
    [GeneratedRegex(@"\A---\s*\n.*?\n?^(---|\.\.\.)\s*$\n?", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FrontMatter();
}
