namespace Ikim.Publisher.Site.Sources;

/// <summary>
/// A read-only tree of site sources addressed by '/'-separated relative paths.
/// The builder reads only through this contract, so a site can be built from a
/// folder on disk or straight from a Git commit's tree without a checkout.
/// </summary>
public interface ISourceTree
{
    /// <summary>Every file in the tree, as relative paths with '/' separators, in ordinal order.</summary>
    IReadOnlyList<string> Files { get; }

    /// <summary>Reads the whole file at <paramref name="path"/>.</summary>
    byte[] Read(string path);

    /// <summary>The time the file was last changed, used for <c>site.static_files[].modified_time</c>.</summary>
    DateTimeOffset ModifiedTime(string path);

    bool Contains(string path);
}
