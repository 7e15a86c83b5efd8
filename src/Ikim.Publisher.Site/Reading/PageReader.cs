using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Reading;

/// <summary>Reads a page (a file with front matter outside the special folders) as Jekyll's Page does.</summary>
internal sealed class PageReader(ISourceTree tree, SiteConfiguration configuration, FrontMatterDefaults defaults, Publisher publisher, Incremental.FrontMatterCache frontMatters)
{
    private static readonly HashSet<string> HtmlExtensions = new(StringComparer.Ordinal) { ".html", ".xhtml", ".htm" };
    private readonly IReadOnlySet<string> _markdown = configuration.MarkdownExtensions;

    /// <summary>The page (a file without front matter is all body), or null when it is not published.</summary>
    public Page? Read(string path)
    {
        var frontMatter = frontMatters.Read(tree, path);
        if (!publisher.CanBePublished(frontMatter.Data))
        {
            return null;
        }

        return Build(path, frontMatter);
    }

    /// <summary>
    /// A page from front matter and body that need not come from a file as written: a plugin's generated
    /// page (Jekyll's PageWithoutAFile) or a file read without front matter. Defaults apply as for any page.
    /// </summary>
    public Page Build(string path, FrontMatter frontMatter)
    {
        var pageDefaults = defaults.All(path, "pages");
        object? Setting(string key) => frontMatter.Data.TryGetValue(key, out var value) ? value : pageDefaults.GetValueOrDefault(key);

        var permalink = Setting("permalink");
        if (permalink is "")
        {
            throw new SiteBuildException(new SourcePosition(path, 0, 0), "Invalid permalink: it must not be empty");
        }

        var folder = RubyPath.Directory(path);
        var dir = folder.Length == 0 ? "" : "/" + folder;
        var extension = RubyPath.ExtName(path);
        var isMarkdown = _markdown.Contains(extension.ToLowerInvariant());
        var outputExtension = OutputExtension.For(extension, isMarkdown, permalink);
        var baseName = RubyPath.BaseNameWithoutExtension(path);
        var url = JekyllUrl.FromHash(
            permalink as string ?? Template(baseName, outputExtension),
            [("path", dir), ("basename", baseName), ("output_ext", outputExtension)],
            path);

        return new Page
        {
            SourcePath = path,
            Dir = dir,
            Body = frontMatter.Body,
            BodyLine = frontMatter.BodyLine,
            FrontMatter = frontMatter.Data,
            Defaults = pageDefaults,
            Data = DataMerge.Merge(pageDefaults, frontMatter.Data),
            Url = url,
            OutputPath = JekyllUrl.OutputPath(url, outputExtension, isDocument: false),
            OutputExtension = outputExtension,
            IsMarkdown = isMarkdown,
        };
    }

    // Page#template: non-HTML output keeps its name, index files stand for their folder, the rest follows the style.
    private string Template(string baseName, string outputExtension) =>
        !HtmlExtensions.Contains(outputExtension) ? "/:path/:basename:output_ext"
        : baseName == "index" ? "/:path/"
        : PermalinkStyle.AddSuffix("/:path/:basename", configuration.PermalinkStyle);
}
