using System.Text;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Tests.Sass;

/// <summary>A source tree that exists only in memory, as a Git commit's tree does for the worker: nothing on disk to fall back on.</summary>
internal sealed class MemorySourceTree(params (string Path, string Text)[] files) : ISourceTree
{
    private readonly SortedDictionary<string, byte[]> _files = new(files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetBytes(f.Text)), StringComparer.Ordinal);

    public IReadOnlyList<string> Files => [.. _files.Keys];

    public byte[] Read(string path) => _files.TryGetValue(path, out var bytes) ? bytes : throw new FileNotFoundException(path);

    public DateTimeOffset ModifiedTime(string path) => TempSite.FixedTime;

    public bool Contains(string path) => _files.ContainsKey(path);
}
