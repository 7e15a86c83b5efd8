using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Generating;

/// <summary>What the generate stage derives from the content: the listings Jekyll builds over posts.</summary>
public sealed class SiteIndex
{
    /// <summary><c>site.posts</c>: newest first.</summary>
    public required IReadOnlyList<Document> PostsNewestFirst { get; init; }

    /// <summary><c>site.categories</c>: in the order categories first appear (oldest post first), each list newest first.</summary>
    public required IReadOnlyList<KeyValuePair<string, IReadOnlyList<Document>>> Categories { get; init; }

    /// <summary><c>site.tags</c>, ordered like <see cref="Categories"/>.</summary>
    public required IReadOnlyList<KeyValuePair<string, IReadOnlyList<Document>>> Tags { get; init; }

    /// <summary>The eleven newest posts: related posts are the ten newest other than the document itself.</summary>
    public required IReadOnlyList<Document> NewestPosts { get; init; }

    /// <summary>
    /// <c>site.related_posts</c> while a document renders (Jekyll without LSI): the ten most recent
    /// posts other than the document; none when the site has a single post.
    /// </summary>
    public IReadOnlyList<Document> RelatedPosts(Document document) =>
        PostsNewestFirst.Count <= 1 ? [] : NewestPosts.Where(p => !ReferenceEquals(p, document)).Take(10).ToList();
}
