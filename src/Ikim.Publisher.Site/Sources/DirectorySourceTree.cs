namespace Ikim.Publisher.Site.Sources;

/// <summary>A source tree backed by a folder on disk (the <c>build</c> command and tests).</summary>
public sealed class DirectorySourceTree : ISourceTree
{
    private readonly string _root;
    private readonly HashSet<string> _set;

    public DirectorySourceTree(string root)
    {
        _root = Path.GetFullPath(root);
        if (!Directory.Exists(_root))
        {
            throw new DirectoryNotFoundException($"Source folder '{_root}' does not exist.");
        }

        var files = new List<string>();
        Collect(_root, "", files);
        files.Sort(StringComparer.Ordinal);
        Files = files;
        _set = new HashSet<string>(files, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Files { get; }

    public bool Contains(string path) => _set.Contains(path);

    public byte[] Read(string path) => File.ReadAllBytes(FullPath(path));

    public DateTimeOffset ModifiedTime(string path) => File.GetLastWriteTimeUtc(FullPath(path));

    private string FullPath(string path)
    {
        if (!_set.Contains(path))
        {
            throw new FileNotFoundException($"'{path}' is not part of the source tree.", path);
        }

        return Path.Combine(_root, path);
    }

    // Symlinks are not followed: a link out of the site must not leak files into the output.
    private static void Collect(string folder, string prefix, List<string> files)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null)
            {
                continue;
            }

            var relative = prefix + entry.Name;
            if (entry is DirectoryInfo directory)
            {
                if (entry.Name != ".git")
                {
                    Collect(directory.FullName, relative + "/", files);
                }
            }
            else
            {
                files.Add(relative);
            }
        }
    }
}
