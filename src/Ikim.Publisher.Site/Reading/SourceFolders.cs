using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// The folder structure of a source tree, which lists only files: the entries of each folder and
/// the files below a folder, so the readers can walk it the way Jekyll walks the disk.
/// </summary>
internal sealed class SourceFolders
{
    private readonly Dictionary<string, SortedSet<string>> _folders = new(StringComparer.Ordinal);
    private readonly ISourceTree _tree;

    private readonly Incremental.FrontMatterCache _frontMatters;

    /// <param name="frontMatters">What the previous build learnt of each file; null reads every file.</param>
    public SourceFolders(ISourceTree tree, Incremental.FrontMatterCache? frontMatters = null)
    {
        _frontMatters = frontMatters ?? new Incremental.FrontMatterCache(null);
        _tree = tree;
        _folders[""] = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in tree.Files)
        {
            var child = file;
            var folder = Content.RubyPath.Directory(file);
            while (true)
            {
                if (!_folders.TryGetValue(folder, out var entries))
                {
                    entries = new SortedSet<string>(StringComparer.Ordinal);
                    _folders[folder] = entries;
                }

                entries.Add(Content.RubyPath.FileName(child));
                if (folder.Length == 0)
                {
                    break;
                }

                child = folder;
                folder = Content.RubyPath.Directory(folder);
            }
        }
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
            if (dotMatch || !relative.Split('/').Any(s => s.StartsWith('.')))
            {
                yield return relative;
            }
        }
    }
}
