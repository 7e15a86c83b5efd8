namespace Ikim.Publisher.Site.Writing;

/// <summary>
/// A relative path joined to a folder's full path, as <see cref="Path.GetFullPath(string)"/> of their
/// combination gives it. Output paths are almost always plain ("a/b/index.html"): those are joined
/// without normalising, which a build does for every one of ten thousand outputs.
/// </summary>
internal static class FullPath
{
    /// <param name="root">A full path without a trailing separator.</param>
    /// <param name="relative">A path relative to it, '/'-separated.</param>
    public static string Join(string root, string relative) =>
        IsPlain(relative) ? string.Concat(root, "/", relative) : Path.GetFullPath(Path.Combine(root, relative));

    // Plain: non-empty, relative, no empty, "." or ".." segment, no trailing '/', no '\' (a separator elsewhere),
    // and '/' the only separator of this platform.
    private static bool IsPlain(string path)
    {
        if (path.Length == 0 || Path.DirectorySeparatorChar != '/' || path.Contains('\\'))
        {
            return false;
        }

        foreach (var segment in path.AsSpan().Split('/'))
        {
            var name = path.AsSpan(segment);
            if (name.Length == 0 || name is "." or "..")
            {
                return false;
            }
        }

        return true;
    }
}
