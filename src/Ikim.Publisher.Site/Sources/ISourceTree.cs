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

    /// <summary>
    /// An identifier of the file's content that changes whenever its bytes do (a Git blob id), so an
    /// unchanged file need not be read again; null when the tree has none (a folder on disk).
    /// </summary>
    string? ContentId(string path) => null;
}
