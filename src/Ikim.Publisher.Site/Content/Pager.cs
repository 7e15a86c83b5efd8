namespace Ikim.Publisher.Site.Content;

/// <summary>
/// One page of a paginated series (jekyll-paginate's Pager): what <c>paginator</c> shows. Paths are
/// URLs as the plugin computes them (the first page's is the template page's URL).
/// </summary>
public sealed record Pager(
    int Page,
    int PerPage,
    IReadOnlyList<Document> Posts,
    int TotalPosts,
    int TotalPages,
    int? PreviousPage,
    string? PreviousPagePath,
    int? NextPage,
    string? NextPagePath);
