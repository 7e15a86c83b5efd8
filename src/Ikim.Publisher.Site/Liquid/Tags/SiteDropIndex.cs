using System.Collections;
using System.Runtime.CompilerServices;

namespace Ikim.Publisher.Site.Liquid.Tags;

/// <summary>
/// The site's files as <c>site.pages</c>, <c>site.static_files</c>, <c>site.documents</c> and
/// <c>site.posts</c> show them (each with <c>path</c> and <c>url</c>), for <c>{% link %}</c> and
/// <c>{% post_url %}</c> when the build passes no index of its own. Built once per site object.
/// </summary>
internal sealed class SiteDropIndex : ILiquidSiteIndex
{
    private static readonly ConditionalWeakTable<object, SiteDropIndex> Indexes = new();

    private readonly Dictionary<string, string> _urls = new(StringComparer.Ordinal);

    private SiteDropIndex(IDictionary<string, object?> site)
    {
        foreach (var listing in new[] { "pages", "static_files", "documents", "posts" })
        {
            foreach (var (path, url) in Entries(site, listing))
            {
                _urls.TryAdd(path, url);
            }
        }

        Posts = Entries(site, "posts").ToList();
    }

    public IReadOnlyList<(string RelativePath, string Url)> Posts { get; }

    public static ILiquidSiteIndex For(object? site) => site is IDictionary<string, object?> drop
        ? Indexes.GetValue(drop, key => new SiteDropIndex((IDictionary<string, object?>)key))
        : Empty.Instance;

    public string? UrlOf(string relativePath) => _urls.GetValueOrDefault(relativePath);

    private static IEnumerable<(string Path, string Url)> Entries(IDictionary<string, object?> site, string listing)
    {
        if (!site.TryGetValue(listing, out var items) || items is not IList list)
        {
            yield break;
        }

        foreach (var item in list)
        {
            if (item is IDictionary<string, object?> drop
                && (drop.TryGetValue("relative_path", out var path) || drop.TryGetValue("path", out path)) && path is string relative
                && drop.TryGetValue("url", out var url) && url is string address)
            {
                yield return (relative, address);
            }
        }
    }

    private sealed class Empty : ILiquidSiteIndex
    {
        public static readonly Empty Instance = new();

        public IReadOnlyList<(string RelativePath, string Url)> Posts => [];

        public string? UrlOf(string relativePath) => null;
    }
}
