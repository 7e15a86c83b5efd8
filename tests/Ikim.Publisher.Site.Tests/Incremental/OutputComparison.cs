namespace Ikim.Publisher.Site.Tests.Incremental;

/// <summary>Compares two output folders file by file, byte for byte.</summary>
internal static class OutputComparison
{
    /// <summary>The first difference (a file only one side has, or differing bytes with a snippet), or null when identical.</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        var left = Files(expected);
        var right = Files(actual);
        if (left.Except(right).FirstOrDefault() is { } missing)
        {
            return $"{missing} is missing from the incremental output";
        }

        if (right.Except(left).FirstOrDefault() is { } extra)
        {
            return $"{extra} is only in the incremental output";
        }

        foreach (var file in left)
        {
            var a = File.ReadAllBytes(Path.Combine(expected, file));
            var b = File.ReadAllBytes(Path.Combine(actual, file));
            if (!a.AsSpan().SequenceEqual(b))
            {
                var at = a.AsSpan().CommonPrefixLength(b);
                return $"{file} differs at byte {at}: full build has \"{Snippet(a, at)}\", incremental \"{Snippet(b, at)}\"";
            }
        }

        return null;
    }

    private static string Snippet(byte[] bytes, int at) =>
        System.Text.Encoding.UTF8.GetString(bytes, Math.Max(0, at - 40), Math.Min(bytes.Length, at + 60) - Math.Max(0, at - 40));

    private static SortedSet<string> Files(string root) =>
        new(Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)), StringComparer.Ordinal);
}
