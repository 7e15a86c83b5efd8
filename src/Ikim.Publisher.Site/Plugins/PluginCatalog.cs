using System.Collections.Frozen;
using Ikim.Publisher.Site.Plugins.DefaultLayout;
using Ikim.Publisher.Site.Plugins.Feed;
using Ikim.Publisher.Site.Plugins.OptionalFrontMatter;
using Ikim.Publisher.Site.Plugins.Paginate;
using Ikim.Publisher.Site.Plugins.ReadmeIndex;
using Ikim.Publisher.Site.Plugins.RedirectFrom;
using Ikim.Publisher.Site.Plugins.RelativeLinks;
using Ikim.Publisher.Site.Plugins.Sitemap;
using Ikim.Publisher.Site.Plugins.TitlesFromHeadings;

namespace Ikim.Publisher.Site.Plugins;

/// <summary>
/// The plugins built in: those GitHub Pages enables or whitelists, by gem name. A plugin that only adds a
/// Liquid tag (jekyll-seo-tag) has no generator here; the tag asks <see cref="EnabledPlugins"/> about it.
/// jekyll-github-metadata has no generator either: it changes the configuration before reading (see SiteBuilder).
/// </summary>
internal static class PluginCatalog
{
    public const string Feed = "jekyll-feed";
    public const string SeoTag = "jekyll-seo-tag";
    public const string Sitemap = "jekyll-sitemap";
    public const string RedirectFrom = "jekyll-redirect-from";
    public const string Paginate = "jekyll-paginate";
    public const string OptionalFrontMatter = "jekyll-optional-front-matter";
    public const string ReadmeIndex = "jekyll-readme-index";
    public const string TitlesFromHeadings = "jekyll-titles-from-headings";
    public const string RelativeLinks = "jekyll-relative-links";
    public const string DefaultLayout = "jekyll-default-layout";
    public const string GitHubMetadata = "jekyll-github-metadata";

    private static readonly FrozenDictionary<string, Func<ISiteGenerator>?> Plugins = new Dictionary<string, Func<ISiteGenerator>?>(StringComparer.Ordinal)
    {
        [Feed] = () => new FeedGenerator(),
        [SeoTag] = null,
        [Sitemap] = () => new SitemapGenerator(),
        [RedirectFrom] = () => new RedirectGenerator(),
        [Paginate] = () => new PaginationGenerator(),
        [OptionalFrontMatter] = () => new OptionalFrontMatterGenerator(),
        [ReadmeIndex] = () => new ReadmeIndexGenerator(),
        [TitlesFromHeadings] = () => new TitlesFromHeadingsGenerator(),
        [RelativeLinks] = () => new RelativeLinksGenerator(),
        [DefaultLayout] = () => new DefaultLayoutGenerator(),
        [GitHubMetadata] = null,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsKnown(string name) => Plugins.ContainsKey(name);

    /// <summary>The generators of the enabled plugins in the order Jekyll runs them: by priority, then as required.</summary>
    public static IReadOnlyList<ISiteGenerator> Generators(EnabledPlugins enabled) =>
        enabled.Names
            .Select(name => Plugins.GetValueOrDefault(name))
            .Where(factory => factory is not null)
            .Select(factory => factory!())
            .OrderByDescending(g => (int)g.Priority)
            .ToList();
}
