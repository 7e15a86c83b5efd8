namespace Ikim.Publisher.Benchmarks.Generation;

/// <summary>How news items are written in the Jekyll tree.</summary>
public enum NewsStyle
{
    /// <summary>Jekyll posts in <c>_posts/</c>, listed through <c>site.posts</c> and <c>site.tags</c>.</summary>
    Posts,

    /// <summary>
    /// Plain pages under <c>news/</c> with a permalink, listed by walking <c>site.pages</c>:
    /// the same output shape for a builder that does not read <c>_posts</c> yet.
    /// </summary>
    Pages,
}

/// <summary>
/// The shape of a generated institute site of about <see cref="Pages"/> output pages: 70 % news
/// posts with tags, people and project pages, one page per tag, and seven fixed pages (home,
/// news, people, projects and tag indexes, about, 404).
/// </summary>
public sealed record SiteSpec(int Pages, NewsStyle News = NewsStyle.Posts, int Seed = 20260101)
{
    public const int FixedPages = 7;

    public int Tags => Math.Clamp(Pages / 25, 2, 40);

    public int Projects => Math.Max(1, Pages / 10);

    public int People => Math.Max(2, Pages * 15 / 100);

    public int Posts => Pages - FixedPages - Tags - Projects - People;

    public static SiteSpec Create(int pages, NewsStyle news = NewsStyle.Posts)
    {
        var spec = new SiteSpec(pages, news);
        if (spec.Posts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(pages), pages, "a site needs at least 20 pages to hold every kind of page");
        }

        return spec;
    }
}
