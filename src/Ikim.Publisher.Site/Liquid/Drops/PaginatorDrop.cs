using Ikim.Publisher.Site.Content;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Liquid.Drops;

/// <summary><c>paginator</c> on a page of a jekyll-paginate series (Pager#to_liquid); its posts are the shared post drops.</summary>
internal static class PaginatorDrop
{
    public static ScriptObject Create(Pager pager, SiteDrops drops) => new()
    {
        ["page"] = (long)pager.Page,
        ["per_page"] = (long)pager.PerPage,
        ["posts"] = new ScriptArray(pager.Posts.Select(drops.Of)),
        ["total_posts"] = (long)pager.TotalPosts,
        ["total_pages"] = (long)pager.TotalPages,
        ["previous_page"] = (long?)pager.PreviousPage,
        ["previous_page_path"] = pager.PreviousPagePath,
        ["next_page"] = (long?)pager.NextPage,
        ["next_page_path"] = pager.NextPagePath,
    };
}
