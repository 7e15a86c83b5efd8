using Ikim.Publisher.Site.Configuration;

namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// <c>site</c> as one render sees it, recording what it reads into the render's
/// <see cref="DependencyRecorder"/>: listings (<c>site.posts</c>, a collection, <c>site.tags.NAME</c>),
/// <c>site.data</c> keys, <c>site.related_posts</c> and values that change per commit (<c>site.time</c>,
/// <c>site.github</c>). Configuration values are not recorded: a configuration change rebuilds everything.
/// </summary>
internal sealed class SiteView(SiteConfiguration configuration, IReadOnlySet<string> listings)
{
    private static readonly HashSet<string> PerCommit = new(StringComparer.Ordinal) { "time", "github" };

    /// <param name="relatedOf">The source path of the document whose <c>related_posts</c> the site carries ("" for pages).</param>
    public IDictionary<string, object?> For(IDictionary<string, object?> site, DependencyRecorder reads, string relatedOf) =>
        new RecordingHash(site, (key, value) => Read(key, value, reads, relatedOf), () => reads.Read(DependencyKeys.Anything));

    private object? Read(string key, object? value, DependencyRecorder reads, string relatedOf)
    {
        switch (key)
        {
            case "data" when value is IDictionary<string, object?> data:
                return new RecordingHash(data, (name, item) => Recorded(reads, DependencyKeys.Data(name), item), () => reads.Read(DependencyKeys.Data("*")));
            case "tags" or "categories" when value is IDictionary<string, object?> groups:
                return new RecordingHash(groups, (name, item) => RecordedListing(reads, key + "/" + name, item), () => reads.ReadListing(key));
            case "related_posts":
                reads.Read(DependencyKeys.Related(relatedOf, reads.Phase));
                return value;
            case var _ when listings.Contains(key):
                reads.ReadListing(key);
                return value;
            case var _ when PerCommit.Contains(key) || !configuration.Values.ContainsKey(key):
                reads.Read(DependencyKeys.SiteValue(key));
                return value;
            default:
                return value;
        }
    }

    private static object? Recorded(DependencyRecorder reads, string key, object? value)
    {
        reads.Read(key);
        return value;
    }

    private static object? RecordedListing(DependencyRecorder reads, string name, object? value)
    {
        reads.ReadListing(name);
        return value;
    }
}
