namespace Ikim.Publisher.Site.Writing;

/// <summary>
/// A destination that already holds the previous output's files, hard-linked (the worker prepares
/// the next release that way while it is idle): a build then only removes the files it no longer
/// writes, creates the folders that are new and replaces the files whose bytes changed. The result is
/// the same folder a build into an empty destination gives, without linking ten thousand unchanged
/// files while the editor waits.
/// </summary>
internal sealed class PrelinkedDestination
{
    private readonly string _root;
    private readonly Dictionary<string, long> _files;

    /// <param name="root">The destination (full path).</param>
    /// <param name="files">The files there, relative with '/' separators, with their sizes; each a hard link of the previous output's file at the same path.</param>
    public PrelinkedDestination(string root, IReadOnlyDictionary<string, long> files)
    {
        _root = root;
        _files = new Dictionary<string, long>(files.Count, StringComparer.Ordinal);
        foreach (var (file, length) in files)
        {
            _files[FullPath.Join(root, file)] = length;
        }
    }

    /// <summary>Whether the file at <paramref name="target"/> (full path) is the previous output's, linked. Thread-safe once <see cref="Keep"/> is done.</summary>
    public bool Holds(string target) => _files.ContainsKey(target);

    /// <summary>Whether the file at <paramref name="target"/> (full path) is the previous output's, of <paramref name="length"/> bytes as the caller knows it.</summary>
    public bool Holds(string target, long length) => _files.TryGetValue(target, out var known) && known == length;

    /// <summary>
    /// Removes every file but <paramref name="targets"/> (full paths), then the folders that left
    /// empty; returns the folders that still exist, so only new ones are created.
    /// </summary>
    public HashSet<string> Keep(IReadOnlySet<string> targets)
    {
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stale in _files.Keys.Where(file => !targets.Contains(file)).ToList())
        {
            File.Delete(stale);
            _files.Remove(stale);
            emptied.Add(Path.GetDirectoryName(stale)!);
        }

        var folders = new HashSet<string>(StringComparer.Ordinal) { _root };
        foreach (var file in _files.Keys)
        {
            for (var folder = Path.GetDirectoryName(file)!; folders.Add(folder); folder = Path.GetDirectoryName(folder)!)
            {
            }
        }

        // Deepest first, so a folder whose only content was an emptied folder goes too.
        foreach (var folder in emptied.SelectMany(Ancestors).Where(f => !folders.Contains(f)).Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length))
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }

        return folders;
    }

    private IEnumerable<string> Ancestors(string folder)
    {
        for (; folder.Length > _root.Length; folder = Path.GetDirectoryName(folder)!)
        {
            yield return folder;
        }
    }
}
