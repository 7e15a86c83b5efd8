using static Ikim.Publisher.Site.Plugins.LiquidValues;

namespace Ikim.Publisher.Site.Plugins.Feed;

/// <summary>
/// <c>{% feed_meta %}</c> (jekyll-feed): the <c>&lt;link rel="alternate"&gt;</c> to the posts feed, titled with
/// the site's title (or name), attributes XML-escaped as Ruby's <c>encode(xml: :attr)</c> does.
/// </summary>
internal static class FeedMetaTag
{
    /// <param name="configuration">The site's configuration values.</param>
    /// <param name="absoluteUrl">Jekyll's <c>absolute_url</c> filter.</param>
    public static string Render(IReadOnlyDictionary<string, object?> configuration, Func<string, string> absoluteUrl)
    {
        var path = Get(configuration.GetValueOrDefault("feed"), "path") is { } configured && IsTruthy(configured) ? ToS(configured) : "feed.xml";
        var title = new[] { configuration.GetValueOrDefault("title"), configuration.GetValueOrDefault("name") }.FirstOrDefault(IsTruthy);
        var attributes = new List<(string, string)>
        {
            ("type", "application/atom+xml"),
            ("rel", "alternate"),
            ("href", absoluteUrl(path)),
        };
        if (title is not null)
        {
            attributes.Add(("title", ToS(title)));
        }

        return "<link " + string.Join(' ', attributes.Select(a => $"{a.Item1}=\"{Escape(a.Item2)}\"")) + " />";
    }

    private static string Escape(string value) =>
        value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}
