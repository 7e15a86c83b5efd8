using System.Globalization;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Plugins.Feed;

/// <summary>
/// jekyll-feed's generator: an Atom feed page per configured collection (posts always, at <c>feed.path</c>
/// or <c>/feed.xml</c>), per listed category, and per tag when <c>feed.tags</c> is set. Each is a page
/// without a file whose content <see cref="FeedWriter"/> writes when the site renders, so what it lists is
/// what templates see. A file the site already has at that path is left alone.
/// </summary>
internal sealed partial class FeedGenerator : ISiteGenerator
{
    public GeneratorPriority Priority => GeneratorPriority.Lowest;

    public void Generate(GeneratorSite site)
    {
        var config = site.Configuration.Values.GetValueOrDefault("feed") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        if (config.GetValueOrDefault("disable_in_development") is not (null or false)
            && (Environment.GetEnvironmentVariable("JEKYLL_ENV") ?? "development") == "development")
        {
            return;
        }

        foreach (var (collection, meta) in Collections(config))
        {
            foreach (var category in Strings(meta.GetValueOrDefault("categories")).Distinct(StringComparer.Ordinal).Append(null))
            {
                var path = FeedPath(collection, category, meta);
                if (!site.SourceHas(path))
                {
                    site.Pages.Add(MakePage(site, path, collection, category, null));
                }
            }
        }

        if (config.GetValueOrDefault("tags") is { } tags and not false)
        {
            GenerateTagFeeds(site, tags as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>());
        }
    }

    // Feed paths: /feed.xml (or feed.path) for posts, /feed/<category>.xml, /feed/<collection>.xml, /feed/<collection>/<category>.xml.
    private static string FeedPath(string collection, string? category, IReadOnlyDictionary<string, object?> meta)
    {
        var prefix = collection == "posts" ? "/feed" : "/feed/" + collection;
        if (category is not null)
        {
            return $"{prefix}/{category}.xml";
        }

        return meta.GetValueOrDefault("path") is string path ? path : prefix + ".xml";
    }

    // `feed.collections` as a list or a mapping; posts always, configurable through the top-level `path` and `categories`.
    private static List<(string Name, IReadOnlyDictionary<string, object?> Meta)> Collections(IReadOnlyDictionary<string, object?> config)
    {
        var collections = new List<(string, IReadOnlyDictionary<string, object?>)>();
        switch (config.GetValueOrDefault("collections"))
        {
            case IReadOnlyDictionary<string, object?> map:
                collections.AddRange(map.Select(e => (e.Key, e.Value as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>())));
                break;
            case IEnumerable<object?> list:
                collections.AddRange(list.Select(n => (Convert.ToString(n, CultureInfo.InvariantCulture) ?? "", (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>())));
                break;
        }

        var index = collections.FindIndex(c => c.Item1 == "posts");
        var posts = new Dictionary<string, object?>(index >= 0 ? collections[index].Item2 : new Dictionary<string, object?>(), StringComparer.Ordinal);
        posts["path"] = posts.GetValueOrDefault("path") ?? config.GetValueOrDefault("path");
        posts["categories"] = posts.GetValueOrDefault("categories") ?? config.GetValueOrDefault("categories");
        if (index >= 0)
        {
            collections[index] = ("posts", posts);
        }
        else
        {
            collections.Add(("posts", posts));
        }

        return collections;
    }

    private static void GenerateTagFeeds(GeneratorSite site, IReadOnlyDictionary<string, object?> tags)
    {
        var siteTags = (site.Posts?.Docs ?? []).SelectMany(p => Strings(p.Data.GetValueOrDefault("tags"))).Distinct(StringComparer.Ordinal).ToList();
        if (siteTags.Count == 0)
        {
            return;
        }

        var only = tags.ContainsKey("only") ? Strings(tags["only"]) : siteTags;
        var except = Strings(tags.GetValueOrDefault("except"));
        var folder = tags.GetValueOrDefault("path") as string ?? "/feed/by_tag/";
        foreach (var tag in only.Except(except, StringComparer.Ordinal))
        {
            // Only tags of plain word characters get a feed, to keep its path simple.
            var path = folder + tag + ".xml";
            if (SimpleTag().IsMatch(tag) && !site.SourceHas(path))
            {
                site.Pages.Add(MakePage(site, path, "posts", null, tag));
            }
        }
    }

    private static Page MakePage(GeneratorSite site, string path, string collection, string? category, string? tag) =>
        site.CreatePage(path, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["layout"] = null,
            ["sitemap"] = false,
            ["xsl"] = site.SourceHas("feed.xslt.xml"),
            ["collection"] = collection,
            ["category"] = category,
            ["tags"] = tag,
        }, FeedWriter.Write);

    private static List<string> Strings(object? value) => value switch
    {
        null => [],
        string text => [text],
        IEnumerable<object?> list => list.Where(v => v is not null).Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!).ToList(),
        _ => [Convert.ToString(value, CultureInfo.InvariantCulture)!],
    };

    [GeneratedRegex("^[a-zA-Z0-9_]+$")]
    private static partial Regex SimpleTag();
}
