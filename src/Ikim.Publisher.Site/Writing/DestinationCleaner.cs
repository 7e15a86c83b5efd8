namespace Ikim.Publisher.Site.Writing;

/// <summary>
/// Jekyll's Cleaner: before writing, files in the destination that this build will not write are
/// removed, and then folders left empty, except anything whose path starts with an entry of
/// <c>keep_files</c> (by default <c>.git</c> and <c>.svn</c>).
/// </summary>
internal sealed class DestinationCleaner(string root, IReadOnlyList<string> keepFiles)
{
    public void RemoveAllBut(IEnumerable<string> written)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        var keep = new HashSet<string>(written, StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToList())
        {
            if (!keep.Contains(file) && !IsKept(file))
            {
                File.Delete(file);
            }
        }

        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(f => f.Length).ToList())
        {
            if (!IsKept(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }

    // Jekyll matches keep_files as path prefixes under the destination ("assets" keeps "assets-old" too).
    private bool IsKept(string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return keepFiles.Any(k => k.Length > 0 && relative.StartsWith(k.Trim('/'), StringComparison.Ordinal));
    }
}
