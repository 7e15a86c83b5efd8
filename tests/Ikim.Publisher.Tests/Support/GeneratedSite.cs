using System.Globalization;
using System.Text.RegularExpressions;

namespace Ikim.Publisher.Tests.Support;

/// <summary>
/// A generated Jekyll site of a few hundred pages in which every page carries its version twice,
/// first thing and last thing (<c>&lt;!-- version N --&gt;</c>). A page whose two marks agree
/// was read whole from one release; a release whose pages all carry the version its commit
/// wrote is complete.
/// </summary>
public static partial class GeneratedSite
{
    private const string Layout = "<!-- version {{ site.version }} -->\n<!DOCTYPE html>\n<title>{{ page.title }}</title>\n<nav>{% for item in site.data.nav %}<a href=\"{{ item.url | relative_url }}\">{{ item.title }}</a> {% endfor %}</nav>\n<main>{{ content }}</main>\n<footer>{% include footer.html %}</footer>\n<!-- version {{ site.version }} -->\n";

    /// <summary>Writes the whole site at <paramref name="version"/> into the editor's work tree.</summary>
    public static void Write(EditorRepository editor, int pages, int version)
    {
        editor.Write("_config.yml", $"title: Generated\nbaseurl: \"\"\nversion: {version}\n");
        editor.Write("_layouts/default.html", Layout);
        editor.Write("_includes/footer.html", "<p>Generated site, {{ site.pages | size }} pages.</p>");
        editor.Write("_data/nav.yml", string.Concat(Enumerable.Range(0, 5).Select(i => $"- title: Section {i}\n  url: /page-{i}\n")));
        editor.Write("index.md", "---\nlayout: default\ntitle: Home\n---\n# Home\n\nWelcome.\n");
        editor.Write("assets/site.css", "body { font-family: sans-serif; }\n");
        for (var i = 0; i < pages; i++)
        {
            editor.Write($"page-{i}.md", Page(i));
        }
    }

    /// <summary>Changes the version only: every page changes, as after a layout edit.</summary>
    public static void SetVersion(EditorRepository editor, int version) =>
        editor.Write("_config.yml", $"title: Generated\nbaseurl: \"\"\nversion: {version}\n");

    /// <summary>The version a page says it belongs to, when both its marks agree; null otherwise.</summary>
    public static int? VersionOf(string html)
    {
        var marks = VersionMark().Matches(html);
        return marks.Count == 2 && marks[0].Groups[1].Value == marks[1].Groups[1].Value && html.StartsWith("<!-- version", StringComparison.Ordinal)
            ? int.Parse(marks[0].Groups[1].Value, CultureInfo.InvariantCulture)
            : null;
    }

    private static string Page(int i) =>
        $"---\nlayout: default\ntitle: Page {i}\n---\n## Page {i}\n\n" +
        string.Concat(Enumerable.Range(0, 8).Select(p => $"Paragraph {p} of page {i}: *some* text with a [link](/page-{(i + p) % 10}) and `code`.\n\n"));

    [GeneratedRegex(@"<!-- version (\d+) -->")]
    private static partial Regex VersionMark();
}
