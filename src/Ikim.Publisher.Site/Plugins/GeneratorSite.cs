using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Reading;
using Ikim.Publisher.Site.Rendering;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Plugins;

/// <summary>
/// The site as generators see it (Jekyll's Site during <c>generate</c>): lists they may add to and items
/// they may replace. Pages generated without a file (feeds, sitemaps, redirects) are built here so they
/// get URLs and front matter defaults exactly as read pages do.
/// </summary>
internal sealed class GeneratorSite
{
    private readonly SiteContent _content;
    private readonly PageReader _pageReader;
    private readonly EnabledPlugins _plugins;

    public GeneratorSite(SiteContent content, EnabledPlugins plugins, PageReader pageReader, BuildDiagnostics diagnostics, Func<string, string> markdownify, SiteUrls urls)
    {
        Urls = urls;
        _content = content;
        _pageReader = pageReader;
        _plugins = plugins;
        Diagnostics = diagnostics;
        Markdownify = markdownify;
        Pages = [.. content.Pages];
        StaticFiles = [.. content.StaticFiles];
        Layouts = new Dictionary<string, Layout>(content.Layouts, StringComparer.Ordinal);
    }

    public SiteConfiguration Configuration => _content.Configuration;

    public ISourceTree Source => _content.Source;

    public List<Page> Pages { get; }

    public List<StaticFile> StaticFiles { get; }

    public Dictionary<string, Layout> Layouts { get; }

    /// <summary>Collections; generators replace documents in place in their <c>Docs</c>.</summary>
    public IReadOnlyList<Collection> Collections => _content.Collections;

    public Collection? Posts => _content.Posts;

    public BuildDiagnostics Diagnostics { get; }

    /// <summary>The site's Markdown converter, for plugins that run Jekyll's <c>markdownify</c>.</summary>
    public Func<string, string> Markdownify { get; }

    /// <summary><c>relative_url</c> and <c>absolute_url</c> as templates apply them.</summary>
    public SiteUrls Urls { get; }

    public IReadOnlySet<string> MarkdownExtensions => Configuration.MarkdownExtensions;

    /// <summary>Site#docs_to_write: the documents of every collection that are written.</summary>
    public IEnumerable<Document> DocumentsToWrite => Collections.SelectMany(c => c.Docs).Where(d => d.Write);

    /// <summary>Jekyll's PageWithoutAFile: a page at a source-relative path with the given front matter and body.</summary>
    public Page CreatePage(string path, Dictionary<string, object?> frontMatter, string body) =>
        _pageReader.Build(path.TrimStart('/'), new FrontMatter(frontMatter, body, 1));

    /// <summary>A page without a file whose content is written by code when the site renders (a feed, a sitemap).</summary>
    public Page CreatePage(string path, Dictionary<string, object?> frontMatter, Liquid.ContentWriter writer) =>
        CreatePage(path, frontMatter, "").With(writer: writer);

    /// <summary>Jekyll's Page.new over a file of the site (front matter optional).</summary>
    public Page? ReadPage(string path) => _pageReader.Read(path);

    /// <summary>A page read again with different front matter (a new permalink recomputes its URL).</summary>
    public Page Rebuild(Page page, IReadOnlyDictionary<string, object?> frontMatter, string? body = null) =>
        _pageReader.Build(page.SourcePath, new FrontMatter(new Dictionary<string, object?>(frontMatter, StringComparer.Ordinal), body ?? page.Body, page.BodyLine));

    /// <summary>Replaces a document in its collection.</summary>
    public void Replace(Document old, Document replacement)
    {
        var docs = old.Collection.Docs;
        docs[docs.IndexOf(old)] = replacement;
    }

    /// <summary>Whether the site's source has this file (generators do not overwrite the site's own feed or sitemap).</summary>
    public bool SourceHas(string path) => Source.Contains(path.TrimStart('/'));

    /// <summary>Whether <c>include</c> names the path or its file name (EntryFilter#included?).</summary>
    public bool IsIncluded(string path) => new EntryFilter(Configuration, _ => false).IsIncluded(path);

    public bool IsMarkdown(string extension) => MarkdownExtensions.Contains(extension.ToLowerInvariant());

    public SiteContent ToContent() => new()
    {
        Source = _content.Source,
        Configuration = _content.Configuration,
        Layouts = Layouts,
        Data = _content.Data,
        Pages = Pages,
        StaticFiles = StaticFiles,
        Collections = _content.Collections,
        Time = _content.Time,
        Theme = _content.Theme,
        Plugins = _plugins,
    };
}
