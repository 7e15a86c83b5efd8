using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Generating;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Liquid.Drops;

/// <summary>
/// <c>site</c> as templates see it (Jekyll's SiteDrop): the configuration, overridden by the listings
/// <c>pages</c>, <c>posts</c>, <c>html_pages</c>, <c>static_files</c>, <c>documents</c>, <c>collections</c>,
/// <c>categories</c>, <c>tags</c>, <c>data</c>, <c>time</c>, and every collection by its label.
/// Built once per build and shared by every render.
/// </summary>
internal static class SiteDrop
{
    public static ScriptObject Create(SiteContent site, SiteIndex index, SiteDrops drops)
    {
        var drop = TemplateValue.ToObject(site.Configuration.Values);
        foreach (var collection in site.Collections.Where(c => c.Label != "posts"))
        {
            drop.SetValue(collection.Label, new ScriptArray(collection.Docs.Select(drops.Of)), readOnly: false);
        }

        drop.SetValue("time", site.Time, readOnly: false);
        drop.SetValue("pages", new ScriptArray(site.Pages.Select(drops.Of)), readOnly: false);
        drop.SetValue("static_files", new ScriptArray(site.StaticFiles.Select(drops.Of)), readOnly: false);
        drop.SetValue("tags", Grouped(index.Tags, drops), readOnly: false);
        drop.SetValue("categories", Grouped(index.Categories, drops), readOnly: false);
        drop.SetValue("data", site.Configuration.Values.GetValueOrDefault("data") is { } configured ? TemplateValue.From(configured) : TemplateValue.From(site.Data), readOnly: false);
        drop.SetValue("posts", new ScriptArray(index.PostsNewestFirst.Select(drops.Of)), readOnly: false);
        drop.SetValue("html_pages", new ScriptArray(site.Pages.Where(IsHtmlPage).Select(drops.Of)), readOnly: false);
        drop.SetValue("collections", new ScriptArray(site.Collections.OrderBy(c => c.Label, StringComparer.Ordinal).Select(drops.Of)), readOnly: false);
        drop.SetValue("documents", new ScriptArray(site.Collections.SelectMany(c => c.Docs.Select(drops.Of).Concat(c.Files.Select(drops.Of)))), readOnly: false);
        drop.SetValue("related_posts", null, readOnly: false);
        drop.SetValue("config", null, readOnly: false);
        return drop;
    }

    /// <summary>The site as a document sees it while it renders: <c>related_posts</c> is set.</summary>
    public static ScriptObject WithRelatedPosts(ScriptObject shared, ScriptArray related)
    {
        var copy = PageDrop.ForRender(shared);
        copy.SetValue("related_posts", related, readOnly: false);
        return copy;
    }

    private static bool IsHtmlPage(Page page) => page.OutputExtension is ".html" or ".xhtml" or ".htm" || page.Url.EndsWith('/');

    private static ScriptObject Grouped(IReadOnlyList<KeyValuePair<string, IReadOnlyList<Document>>> groups, SiteDrops drops)
    {
        var result = new ScriptObject();
        foreach (var (key, posts) in groups)
        {
            result.SetValue(key, new ScriptArray(posts.Select(drops.Of)), readOnly: false);
        }

        return result;
    }
}
