using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Content;

/// <summary>Everything the read stage found: the model the render and write stages work on.</summary>
public sealed class SiteContent
{
    public required ISourceTree Source { get; init; }

    public required SiteConfiguration Configuration { get; init; }

    public required IReadOnlyList<Page> Pages { get; init; }

    public required IReadOnlyList<StaticFile> StaticFiles { get; init; }

    public required IReadOnlyDictionary<string, Layout> Layouts { get; init; }

    public required IReadOnlyDictionary<string, object?> Data { get; init; }

    /// <summary><c>site.time</c>: the build's notion of "now", fixed per build for reproducibility.</summary>
    public required DateTimeOffset Time { get; init; }
}
