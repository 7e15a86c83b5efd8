using System.Security.Cryptography;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Tests.Incremental;

/// <summary>A folder tree that names each file's content by its hash, as a Git tree names blobs: the builder then reuses by content id.</summary>
internal sealed class ContentIdSourceTree(ISourceTree inner) : ISourceTree
{
    public IReadOnlyList<string> Files => inner.Files;

    public byte[] Read(string path) => inner.Read(path);

    public DateTimeOffset ModifiedTime(string path) => inner.ModifiedTime(path);

    public bool Contains(string path) => inner.Contains(path);

    public string? ContentId(string path) => Convert.ToHexStringLower(SHA1.HashData(inner.Read(path)));
}
