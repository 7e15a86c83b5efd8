using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Plugins.Sitemap;

/// <summary>
/// jekyll-sitemap's generator: <c>/sitemap.xml</c> and <c>/robots.txt</c> pages, unless a page or static file
/// already has that URL. The sitemap lists, when it renders, the documents of collections with output,
/// <c>site.html_pages</c> and the static files with an HTML or PDF extension known now; anything with
/// <c>sitemap: false</c> is left out.
/// </summary>
internal sealed class SitemapGenerator : ISiteGenerator
{
    private static readonly HashSet<string> IncludedExtensions = new(StringComparer.Ordinal) { ".htm", ".html", ".xhtml", ".pdf" };

    public GeneratorPriority Priority => GeneratorPriority.Lowest;

    public void Generate(GeneratorSite site)
    {
        var existing = site.Pages.Select(p => p.Url).Concat(site.StaticFiles.Select(f => f.Url)).ToHashSet(StringComparer.Ordinal);
        if (!existing.Contains("/sitemap.xml"))
        {
            site.Pages.Add(site.CreatePage("sitemap.xml", new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["layout"] = null,
                ["static_files"] = site.StaticFiles.Where(f => IncludedExtensions.Contains(f.Extension)).Select(StaticFileValue).ToList<object?>(),
                ["xsl"] = existing.Contains("/sitemap.xsl"),
            }, SitemapWriter.WriteSitemap));
        }

        if (!existing.Contains("/robots.txt"))
        {
            site.Pages.Add(site.CreatePage("robots.txt", new Dictionary<string, object?>(StringComparer.Ordinal) { ["layout"] = null }, SitemapWriter.WriteRobots));
        }
    }

    // StaticFile#to_liquid, as a plain mapping: the page keeps it in its front matter.
    private static Dictionary<string, object?> StaticFileValue(StaticFile file)
    {
        var value = new Dictionary<string, object?>(file.Data, StringComparer.Ordinal)
        {
            ["basename"] = file.BaseName,
            ["name"] = file.Name,
            ["extname"] = file.Extension,
            ["modified_time"] = file.ModifiedTime,
            ["path"] = file.RelativePath,
            ["collection"] = file.Collection?.Label,
        };
        return value;
    }
}
