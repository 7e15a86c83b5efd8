using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Content;

/// <summary>Everything the read stage found: the model the later stages work on.</summary>
public sealed class SiteContent
{
    public required ISourceTree Source { get; init; }

    public required SiteConfiguration Configuration { get; init; }

    /// <summary>Pages sorted by file name, as Jekyll sorts <c>site.pages</c>.</summary>
    public required IReadOnlyList<Page> Pages { get; init; }

    /// <summary>Static files sorted by relative path, collection files included (as in Jekyll's <c>site.static_files</c>).</summary>
    public required IReadOnlyList<StaticFile> StaticFiles { get; init; }

    /// <summary>Collections in configuration order, <c>posts</c> first; each holds its sorted documents.</summary>
    public required IReadOnlyList<Collection> Collections { get; init; }

    public required IReadOnlyDictionary<string, Layout> Layouts { get; init; }

    public required IReadOnlyDictionary<string, object?> Data { get; init; }

    /// <summary><c>site.time</c>: the build's "now" in the site's time zone, fixed per build for reproducibility.</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>The theme named by <c>theme:</c>, or null.</summary>
    public Themes.Theme? Theme { get; init; }

    /// <summary>The plugins switched on for this build.</summary>
    public Plugins.EnabledPlugins Plugins { get; init; } = Site.Plugins.EnabledPlugins.None;

    public Collection? Posts => Collections.FirstOrDefault(c => c.Label == "posts");

    /// <summary>Every document of every collection, in collection order (Jekyll's <c>site.documents</c> without static files).</summary>
    public IEnumerable<Document> Documents => Collections.SelectMany(c => c.Docs);
}
