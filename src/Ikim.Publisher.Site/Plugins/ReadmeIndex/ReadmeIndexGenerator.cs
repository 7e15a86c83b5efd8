using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Plugins.ReadmeIndex;

/// <summary>
/// jekyll-readme-index: a <c>README.md</c> (read as a static file) in a folder without an index becomes that
/// folder's index page. With <c>readme_index: {with_frontmatter: true}</c> READMEs with front matter do too;
/// <c>remove_originals: true</c> drops the static copy.
/// </summary>
internal sealed class ReadmeIndexGenerator : ISiteGenerator
{
    public GeneratorPriority Priority => GeneratorPriority.Low;

    public void Generate(GeneratorSite site)
    {
        var options = new PluginOptions(site, "readme_index");
        if (options.Disabled)
        {
            return;
        }

        var readme = ReadmePattern(site);
        foreach (var file in site.StaticFiles.Where(f => readme.IsMatch(f.RelativePath)).ToList())
        {
            if (HasIndex(site, file.Url) || site.ReadPage(file.SourcePath) is not { } page)
            {
                continue;
            }

            site.Pages.Add(site.Rebuild(page, WithPermalink(page.FrontMatter, file.Url)));
            if (options.IsTrue("remove_originals"))
            {
                site.StaticFiles.Remove(file);
            }
        }

        if (options.IsTrue("with_frontmatter"))
        {
            foreach (var page in site.Pages.Where(p => readme.IsMatch("/" + p.SourcePath)).ToList())
            {
                if (!HasIndex(site, page.Url))
                {
                    site.Pages[site.Pages.IndexOf(page)] = site.Rebuild(page, WithPermalink(page.FrontMatter, page.Url));
                }
            }
        }
    }

    // StaticFile#to_page and Page#update_permalink: the permalink is the folder of the URL.
    private static Dictionary<string, object?> WithPermalink(IReadOnlyDictionary<string, object?> frontMatter, string url) =>
        new(frontMatter, StringComparer.Ordinal) { ["permalink"] = Folder(url) + "/" };

    // Generator#dir_has_index?: the plugin's pattern is `^<folder>/$|index\.(html?|xhtml|xml)$`, so any URL
    // ending in an index file counts, wherever it lives; we keep that.
    private static bool HasIndex(GeneratorSite site, string url)
    {
        var folder = Folder(url);
        folder = folder.EndsWith('/') ? folder : folder + "/";
        var index = new Regex("^" + Regex.Escape(folder) + @"$|index\.(html?|xhtml|xml)$", RegexOptions.IgnoreCase | RegexOptions.Multiline);
        return site.Pages.Select(p => p.Url).Concat(site.StaticFiles.Select(f => f.Url)).Any(index.IsMatch);
    }

    // File.dirname of a URL: "/docs/README.md" → "/docs", "/README.md" → "/".
    private static string Folder(string url)
    {
        var trimmed = url.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash <= 0 ? "/" : trimmed[..slash];
    }

    private static Regex ReadmePattern(GeneratorSite site) =>
        new("/readme(" + string.Join('|', site.MarkdownExtensions.Select(Regex.Escape)) + ")$", RegexOptions.IgnoreCase | RegexOptions.Multiline);
}
