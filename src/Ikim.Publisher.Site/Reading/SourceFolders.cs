using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// The folder structure of a source tree, which lists only files: the entries of each folder and
/// the files below a folder, so the readers can walk it the way Jekyll walks the disk.
/// </summary>
internal sealed class SourceFolders
{
    private readonly Dictionary<string, string[]> _folders;
    private readonly ISourceTree _tree;

    private readonly Incremental.FrontMatterCache _frontMatters;

    /// <param name="frontMatters">What the previous build learnt of each file; null reads every file.</param>
    public SourceFolders(ISourceTree tree, Incremental.FrontMatterCache? frontMatters = null)
    {
        _frontMatters = frontMatters ?? new Incremental.FrontMatterCache(null);
        _tree = tree;
        var folders = new Dictionary<string, List<string>>(StringComparer.Ordinal) { [""] = [] };
        foreach (var file in tree.Files)
        {
            var child = file;
            var folder = Content.RubyPath.Directory(file);
            // A folder seen before is already an entry of its parent, and so on up: only a new folder climbs.
            while (true)
            {
                var known = folders.TryGetValue(folder, out var entries);
                if (!known)
                {
                    entries = [];
                    folders[folder] = entries;
                }

                entries!.Add(Content.RubyPath.FileName(child));
                if (known)
                {
                    break;
                }

                child = folder;
                folder = Content.RubyPath.Directory(folder);
            }
        }

        _folders = folders.ToDictionary(pair => pair.Key, pair => SortedNames(pair.Value), StringComparer.Ordinal);
    }

    public bool IsFolder(string path) => _folders.ContainsKey(path.Trim('/'));

    public bool IsFile(string path) => _tree.Contains(path);

    /// <summary>Jekyll's has_yaml_header?: whether the file's first line is <c>---</c>.</summary>
    public bool HasFrontMatter(string path) => _frontMatters.HasFrontMatter(_tree, path);

    /// <summary>The names in a folder, in ordinal order; none when it does not exist.</summary>
    public IEnumerable<string> Entries(string folder) =>
        _folders.TryGetValue(folder.Trim('/'), out var entries) ? entries : [];

    /// <summary>
    /// Files below a folder as paths relative to it, like Dir["**/*"] (which skips dot-files and
    /// dot-folders unless <paramref name="dotMatch"/>).
    /// </summary>
    public IEnumerable<string> FilesBelow(string folder, bool dotMatch)
    {
        if (!IsFolder(folder))
        {
            yield break;
        }

        var prefix = folder.Trim('/') + "/";
        foreach (var file in _tree.Files)
        {
            if (!file.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var relative = file[prefix.Length..];
            if (dotMatch || !(relative.StartsWith('.') || relative.Contains("/.", StringComparison.Ordinal)))
            {
                yield return relative;
            }
        }
    }

    private static string[] SortedNames(List<string> names)
    {
        names.Sort(StringComparer.Ordinal);
        var distinct = new List<string>(names.Count);
        foreach (var name in names)
        {
            if (distinct.Count == 0 || distinct[^1] != name)
            {
                distinct.Add(name);
            }
        }

        return [.. distinct];
    }
}
