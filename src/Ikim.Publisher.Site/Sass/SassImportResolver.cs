using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Sass;

/// <summary>
/// Finds the file an <c>@import</c> names the way libsass does on disk (its <c>find_includes</c>), but in
/// the site's <see cref="ISourceTree"/>: first beside the importing file, then in each load path in order;
/// in a folder, <c>name</c>, <c>_name</c>, <c>_name.scss|sass|css</c>, <c>name.scss|sass|css</c>, and when
/// none exists the folder <c>name/</c>'s <c>_index</c> or <c>index</c>. Nothing outside the tree can be
/// reached: no absolute paths, and <c>..</c> stops at the site root.
/// </summary>
internal sealed class SassImportResolver(ISourceTree tree, IReadOnlyList<string> loadPaths)
{
    private static readonly string[] Extensions = [".scss", ".sass", ".css"];

    /// <summary>
    /// Whether libsass writes the import out as a plain CSS <c>@import</c> instead of reading a file
    /// (its <c>import_url</c>): a URL with a scheme other than <c>file</c>, a protocol-relative URL, or a
    /// path ending in <c>.css</c>. A <c>file://</c> URL would make libsass read the file system, so it
    /// is not plain CSS here: it is looked up in the tree, where it never exists.
    /// </summary>
    public static bool IsPlainCss(string url) =>
        url.StartsWith("//", StringComparison.Ordinal)
        || url.EndsWith(".css", StringComparison.Ordinal)
        || Scheme(url) is { } scheme && scheme != "file";

    /// <param name="url">The import as written, unquoted.</param>
    /// <param name="folder">The importing file's folder in the tree ("" for the site root).</param>
    public SassImportResolution Resolve(string url, string folder)
    {
        if (url.StartsWith('/'))
        {
            return SassImportResolution.NotFound;
        }

        foreach (var root in loadPaths.Prepend(folder))
        {
            var candidates = Candidates(root, url);
            if (candidates.Count > 0)
            {
                return new SassImportResolution(candidates.Select(c => c.Path).ToList(), candidates.Select(c => c.Relative).ToList());
            }
        }

        return SassImportResolution.NotFound;
    }

    private List<(string Path, string Relative)> Candidates(string root, string url)
    {
        var slash = url.LastIndexOf('/');
        var folder = slash < 0 ? "" : url[..(slash + 1)];
        var name = url[(slash + 1)..];
        var found = new List<(string, string)>();

        void Try(string relative)
        {
            if (SassPaths.Combine(root, relative) is { } path && tree.Contains(path))
            {
                found.Add((path, relative));
            }
        }

        Try(folder + name);
        Try(folder + "_" + name);
        foreach (var extension in Extensions)
        {
            Try(folder + "_" + name + extension);
        }

        foreach (var extension in Extensions)
        {
            Try(folder + name + extension);
        }

        // A folder is only looked into when no file matched and the name does not look like a file.
        if (found.Count == 0 && !Extensions.Any(e => name.EndsWith(e, StringComparison.Ordinal)))
        {
            foreach (var index in new[] { "_index", "index" })
            {
                foreach (var extension in Extensions)
                {
                    Try(folder + name + "/" + index + extension);
                }
            }
        }

        return found;
    }

    private static string? Scheme(string url)
    {
        var end = url.IndexOf("://", StringComparison.Ordinal);
        return end > 0 && url[..end].All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? url[..end] : null;
    }
}

/// <summary>What an import resolved to: no file, one file, or (an error, as in libsass) several.</summary>
/// <param name="Paths">Paths in the source tree.</param>
/// <param name="Relative">The same files relative to the folder they were found in, for libsass's ambiguity message.</param>
internal sealed record SassImportResolution(IReadOnlyList<string> Paths, IReadOnlyList<string> Relative)
{
    public static readonly SassImportResolution NotFound = new([], []);
}
