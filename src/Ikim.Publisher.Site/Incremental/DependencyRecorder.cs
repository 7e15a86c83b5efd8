namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// What one render read, as dependency keys (<see cref="DependencyKeys"/>): filled by the site and data
/// views the render sees and by the tags that read files. One recorder per render, used by one thread.
/// </summary>
internal sealed class DependencyRecorder(int phase)
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    /// <summary>The render phase (<see cref="RenderPhase"/>): listings fingerprint what they show at that point.</summary>
    public int Phase { get; } = phase;

    public IReadOnlyCollection<string> Keys => _keys;

    public void Read(string key) => _keys.Add(key);

    /// <summary>A listing read in this phase: <c>site.posts</c> at phase 3 includes the posts' output.</summary>
    public void ReadListing(string name) => _keys.Add(DependencyKeys.Listing(name, Phase));
}

/// <summary>The passes of the render stage: listings show more of each document the later the pass.</summary>
internal static class RenderPhase
{
    /// <summary>Documents' content and excerpts: other documents are still unrendered.</summary>
    public const int Contents = 1;

    /// <summary>Documents' layouts: every document's content and excerpt are known.</summary>
    public const int DocumentLayouts = 2;

    /// <summary>Pages: documents' output is known too.</summary>
    public const int Pages = 3;
}
