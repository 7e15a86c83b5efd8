using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Cli;

/// <summary>
/// The source tree without the destination folder when that lies inside the source (<c>-d public</c>),
/// as Jekyll's reader skips it: otherwise each build would publish the previous build's output again.
/// </summary>
internal sealed class SourceWithoutDestination : ISourceTree
{
    private readonly ISourceTree _source;
    private readonly string _prefix;

    public SourceWithoutDestination(ISourceTree source, string destinationFolder)
    {
        _source = source;
        _prefix = destinationFolder.Trim('/') + "/";
        Files = source.Files.Where(Contains).ToList();
    }

    public IReadOnlyList<string> Files { get; }

    public byte[] Read(string path) => Contains(path) ? _source.Read(path) : throw new FileNotFoundException($"'{path}' is not part of the source tree.", path);

    public DateTimeOffset ModifiedTime(string path) => _source.ModifiedTime(path);

    public bool Contains(string path) => !path.StartsWith(_prefix, StringComparison.Ordinal) && _source.Contains(path);
}
