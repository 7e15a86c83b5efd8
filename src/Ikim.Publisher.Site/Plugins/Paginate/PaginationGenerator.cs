using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Plugins.Paginate;

/// <summary>
/// jekyll-paginate: with <c>paginate: N</c>, the <c>index.html</c> page that lies in a folder on the way to
/// <c>paginate_path</c> becomes page 1 of a series; copies of it at <c>paginate_path</c> (<c>/page2/</c>,
/// <c>/page3/</c>…) are pages 2 and up. Each sees its slice of <c>site.posts</c> (without <c>hidden</c>
/// posts) as <c>paginator</c>.
/// </summary>
internal sealed class PaginationGenerator : ISiteGenerator
{
    public GeneratorPriority Priority => GeneratorPriority.Lowest;

    public void Generate(GeneratorSite site)
    {
        if (site.Configuration.Values.GetValueOrDefault("paginate") is not { } setting || site.Pages.Count == 0)
        {
            return;
        }

        var paginatePath = site.Configuration.GetString("paginate_path") ?? "/page:num";
        var template = TemplatePage(site.Pages, paginatePath);
        if (template is null)
        {
            site.Diagnostics.Warn("_config.yml", "Pagination is enabled, but I couldn't find an index.html page to use as the pagination template. Skipping pagination.");
            return;
        }

        var perPage = PerPage(setting);
        var posts = (site.Posts?.Docs ?? []).AsEnumerable().Reverse().Where(p => p.Data.GetValueOrDefault("hidden") is null or false).ToList();
        var totalPages = perPage <= 0 ? 0 : (int)Math.Ceiling(posts.Count / (double)perPage);
        var index = site.Pages.IndexOf(template);
        for (var number = 1; number <= totalPages; number++)
        {
            var pager = CreatePager(number, perPage, posts, totalPages, template.Url, paginatePath);
            if (number == 1)
            {
                site.Pages[index] = template.With(pager: pager);
                continue;
            }

            var dir = PagePath(paginatePath, number);
            var url = site.CreatePage(dir.TrimStart('/') + "/" + template.Name, new Dictionary<string, object?>(template.FrontMatter, StringComparer.Ordinal), template.Body);
            site.Pages.Add(template.With(dir: dir, url: url.Url, outputPath: url.OutputPath, pager: pager));
        }
    }

    private static Pager CreatePager(int number, int perPage, List<Document> posts, int totalPages, string firstPageUrl, string paginatePath)
    {
        var first = (number - 1) * perPage;
        var previous = number != 1 ? number - 1 : (int?)null;
        var next = number != totalPages ? number + 1 : (int?)null;
        return new Pager(
            number,
            perPage,
            posts.Skip(first).Take(perPage).ToList(),
            posts.Count,
            totalPages,
            previous,
            previous is { } p ? (p <= 1 ? firstPageUrl : PagePath(paginatePath, p)) : null,
            next,
            next is { } n ? PagePath(paginatePath, n) : null);
    }

    // Pager.paginate_path for pages after the first: the first ':num' replaced, a leading '/' ensured.
    private static string PagePath(string paginatePath, int number)
    {
        var at = paginatePath.IndexOf(":num", StringComparison.Ordinal);
        var path = at < 0 ? paginatePath : paginatePath[..at] + number + paginatePath[(at + 4)..];
        return path.StartsWith('/') ? path : "/" + path;
    }

    // Pagination#template_page: pages named index.html in a folder on the way to paginate_path; the one with the longest path wins.
    private static Page? TemplatePage(IReadOnlyList<Page> pages, string paginatePath)
    {
        var target = ParentFolder(paginatePath.TrimStart('/'));
        return pages
            .Where(p => p.Name == "index.html" && InHierarchy(ParentFolder(p.SourcePath), target))
            .OrderByDescending(p => p.SourcePath.Length)
            .FirstOrDefault();
    }

    // Pager.in_hierarchy: the page's folder is the paginate folder or one above it, up to the source itself.
    private static bool InHierarchy(string pageFolder, string folder)
    {
        for (var current = folder; ; current = ParentFolder(current))
        {
            if (current == pageFolder)
            {
                return true;
            }

            if (current.Length == 0)
            {
                return false;
            }
        }
    }

    private static string ParentFolder(string path)
    {
        var slash = path.TrimEnd('/').LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    private static int PerPage(object setting) => setting switch
    {
        long number => (int)number,
        double number => (int)number,
        string text when int.TryParse(text.Trim(), out var number) => number,
        _ => 0,
    };
}
