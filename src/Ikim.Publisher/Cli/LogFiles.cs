namespace Ikim.Publisher.Cli;

/// <summary>
/// The files a configured Serilog file path turns into: <c>data/logs/publisher-.json</c> rolls
/// daily to <c>publisher-20261127.json</c>, and by size to <c>publisher-20261127_001.json</c>.
/// </summary>
internal static class LogFiles
{
    /// <summary>Existing files of the configured (absolute) path, oldest first.</summary>
    public static IReadOnlyList<FileInfo> Of(string full)
    {
        var folder = new DirectoryInfo(Path.GetDirectoryName(full)!);
        if (!folder.Exists)
        {
            return [];
        }

        var pattern = Path.GetFileNameWithoutExtension(full) + "*" + Path.GetExtension(full);
        return folder.EnumerateFiles(pattern)
            .OrderBy(f => f.LastWriteTimeUtc)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
    }
}
