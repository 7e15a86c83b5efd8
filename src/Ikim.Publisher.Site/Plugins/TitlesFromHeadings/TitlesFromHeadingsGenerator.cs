using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Plugins.TitlesFromHeadings;

/// <summary>
/// jekyll-titles-from-headings: a Markdown page without a <c>title</c> takes the text of its first heading
/// (an ATX heading of one to three '#' or a setext heading, at the very start), stripped of markup as
/// <c>markdownify | strip_html | normalize_whitespace</c> leaves it. <c>titles_from_headings: {collections:
/// true}</c> does documents too (their file-name titles are replaced); <c>strip_title: true</c> removes the
/// heading from the body.
/// </summary>
internal sealed partial class TitlesFromHeadingsGenerator : ISiteGenerator
{
    public GeneratorPriority Priority => GeneratorPriority.Lowest;

    public void Generate(GeneratorSite site)
    {
        var options = new PluginOptions(site, "titles_from_headings");
        if (options.Disabled)
        {
            return;
        }

        for (var i = 0; i < site.Pages.Count; i++)
        {
            var page = site.Pages[i];
            if (site.IsMarkdown(page.Extension) && page.Data.GetValueOrDefault("title") is null)
            {
                var frontMatter = new Dictionary<string, object?>(page.FrontMatter, StringComparer.Ordinal) { ["title"] = TitleFor(site, page.Body, null) };
                var strip = StripTitle(options, frontMatter);
                site.Pages[i] = page.With(body: strip ? Strip(page.Body) : null, frontMatter: frontMatter);
            }
        }

        if (!options.IsTrue("collections"))
        {
            return;
        }

        foreach (var document in site.DocumentsToWrite.Where(d => site.IsMarkdown(d.Extension)).ToList())
        {
            var data = new Dictionary<string, object?>(document.Data, StringComparer.Ordinal) { ["title"] = TitleFor(site, document.Body, document.Data.GetValueOrDefault("title")) };
            site.Replace(document, document.With(body: StripTitle(options, data) ? Strip(document.Body) : null, data: data));
        }
    }

    // Without a heading the title stays what it was (a document's title from its file name, or none).
    private static object? TitleFor(GeneratorSite site, string content, object? current)
    {
        var match = TitlePattern().Match(content);
        if (!match.Success)
        {
            return current;
        }

        var heading = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
        var text = TextFilters.NormalizeWhitespace(TextFilters.StripHtml(site.Markdownify(heading)));
        return FootnoteMarker().Replace(text, "");
    }

    private static bool StripTitle(PluginOptions options, IReadOnlyDictionary<string, object?> data) =>
        data.TryGetValue("strip_title", out var own) ? own is true : options.IsTrue("strip_title");

    private static string Strip(string content) => TitlePattern().Replace(content, "").Trim(' ', '\t', '\n', '\v', '\f', '\r', '\0');

    // TITLE_REGEX, with Ruby's ASCII \s and line-anchored $ spelled out.
    [GeneratedRegex(@"\A[ \t\r\n\f\v]*(?:\#{1,3}[ \t\r\n\f\v]+(.*)(?:[ \t\r\n\f\v]+\#{1,3})?|(.*)\r?\n[-=]+[ \t\r\n\f\v]*)$", RegexOptions.Multiline)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"\[\^[^\]]*\]")]
    private static partial Regex FootnoteMarker();
}
