using System.Globalization;
using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Generating;

/// <summary>
/// The generate stage. Jekyll runs its generator plugins here; with none enabled (safe mode, GitHub Pages
/// without plugins) what remains is the site-wide indexes over posts, which we build once, up front,
/// so that parallel renders share them read-only.
/// </summary>
internal static class SiteGenerator
{
    public static SiteIndex Generate(SiteContent content)
    {
        var posts = content.Posts?.Docs ?? [];
        var newestFirst = posts.AsEnumerable().Reverse().ToList();
        return new SiteIndex
        {
            PostsNewestFirst = newestFirst,
            Categories = GroupBy(posts, "categories"),
            Tags = GroupBy(posts, "tags"),
            NewestPosts = newestFirst.Take(11).ToList(),
        };
    }

    // Site#post_attr_hash: keys in first-seen order over posts oldest first; each list newest first.
    private static List<KeyValuePair<string, IReadOnlyList<Document>>> GroupBy(IReadOnlyList<Document> posts, string attribute)
    {
        var groups = new Dictionary<string, List<Document>>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            if (post.Data.GetValueOrDefault(attribute) is not IEnumerable<object?> values)
            {
                continue;
            }

            foreach (var value in values)
            {
                var key = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                if (!groups.TryGetValue(key, out var list))
                {
                    list = [];
                    groups[key] = list;
                }

                list.Add(post);
            }
        }

        return groups.Select(g => new KeyValuePair<string, IReadOnlyList<Document>>(g.Key, g.Value.AsEnumerable().Reverse().ToList())).ToList();
    }
}
