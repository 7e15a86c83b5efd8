namespace Ikim.Publisher.Site.Plugins.DefaultLayout;

/// <summary>
/// jekyll-default-layout: Markdown pages and posts that name no layout (neither in front matter nor through
/// defaults) get one: <c>home</c> for the site's index, <c>page</c> for pages, <c>post</c> for posts, else
/// <c>default</c>, each only if the layout exists (otherwise none).
/// </summary>
internal sealed class DefaultLayoutGenerator : ISiteGenerator
{
    public GeneratorPriority Priority => GeneratorPriority.Lowest;

    public void Generate(GeneratorSite site)
    {
        for (var i = 0; i < site.Pages.Count; i++)
        {
            var page = site.Pages[i];
            if (site.IsMarkdown(page.Extension) && !page.Data.ContainsKey("layout"))
            {
                var layout = LayoutFor(site, page.Url == "/" ? "home" : null, "page");
                site.Pages[i] = page.With(frontMatter: new Dictionary<string, object?>(page.FrontMatter, StringComparer.Ordinal) { ["layout"] = layout });
            }
        }

        foreach (var post in (site.Posts?.Docs ?? []).Where(d => site.IsMarkdown(d.Extension) && !d.Data.ContainsKey("layout")).ToList())
        {
            var layout = LayoutFor(site, post.Url == "/" ? "home" : null, "post");
            site.Replace(post, post.With(data: new Dictionary<string, object?>(post.Data, StringComparer.Ordinal) { ["layout"] = layout }));
        }
    }

    private static string? LayoutFor(GeneratorSite site, string? index, string kind) =>
        new[] { index, kind, "default" }.FirstOrDefault(name => name is not null && site.Layouts.ContainsKey(name));
}
