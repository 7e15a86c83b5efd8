namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// The names of what a render can depend on. Each key's current fingerprint is computed by
/// <see cref="CurrentFingerprints"/>; a recorded key whose fingerprint changed makes the item render again.
/// </summary>
internal static class DependencyKeys
{
    /// <summary>Read by something no key describes (a whole <c>site</c> enumerated): never reusable.</summary>
    public const string Anything = "*";

    /// <summary>Where <c>{% link %}</c> and <c>{% post_url %}</c> look: every item's path and URL.</summary>
    public const string Urls = "urls";

    /// <summary>A file read as a template or include (its bytes, or that it is missing).</summary>
    public static string File(string path) => "file:" + path;

    /// <summary>A layout by name: its front matter, body and parent (or that it is missing).</summary>
    public static string Layout(string name) => "layout:" + name;

    /// <summary>A layout's front matter only: what <c>layout</c> shows while the item's own content renders.</summary>
    public static string LayoutData(string name) => "layoutdata:" + name;

    /// <summary>A top-level key of <c>site.data</c>; <c>data:*</c> for all of it.</summary>
    public static string Data(string key) => "data:" + key;

    /// <summary>A <c>site</c> value that is neither configuration nor a listing (<c>time</c>, <c>github</c>).</summary>
    public static string SiteValue(string key) => "site:" + key;

    /// <summary>A listing of items (<c>posts</c>, <c>pages</c>, a collection label, <c>tags/NAME</c>…) as it is in a phase.</summary>
    public static string Listing(string name, int phase) => $"list:{name}#{phase}";

    /// <summary>A document's <c>site.related_posts</c> in a phase.</summary>
    public static string Related(string sourcePath, int phase) => $"related:{sourcePath}#{phase}";

    /// <summary>A document's <c>page.next</c> and <c>page.previous</c> in a phase.</summary>
    public static string Neighbours(string sourcePath, int phase) => $"neighbours:{sourcePath}#{phase}";
}
