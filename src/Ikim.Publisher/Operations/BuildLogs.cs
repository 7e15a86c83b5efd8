using Ikim.Publisher.Options;
using Ikim.Publisher.Worker;
using Microsoft.Extensions.Options;

namespace Ikim.Publisher.Operations;

/// <summary>
/// One compact-JSON log file per build, <c>&lt;Releases:Root&gt;/logs/&lt;build id&gt;.json</c>,
/// beside the releases rather than inside them: a release folder is served to the world and
/// immutable once sealed, and a failed build has no release at all. A log lives as long as its
/// release is kept, or while it is among the newest <c>Operations:BuildLogsKeep</c>.
/// </summary>
public sealed class BuildLogs(PublisherPaths paths, IOptions<OperationsOptions> options)
{
    private const string Extension = ".json";

    // Resolved on use, not at construction: the log sink that needs this is built before options are validated.
    public string Folder => FolderUnder(paths.ReleasesRoot);

    /// <summary>The log file of a build, or null when the id is not a plain name.</summary>
    public string? PathFor(string buildId) => PathFor(paths.ReleasesRoot, buildId);

    /// <summary>For the command line, which has the configured <c>Releases:Root</c> but no host.</summary>
    public static string? PathFor(string releasesRoot, string buildId) =>
        ReleaseIdentifiers.IsValid(buildId) ? Path.Combine(FolderUnder(releasesRoot), buildId + Extension) : null;

    private static string FolderUnder(string releasesRoot) => Path.Combine(releasesRoot, "logs");

    public bool Exists(string buildId) => PathFor(buildId) is { } path && File.Exists(path);

    /// <summary>The lines of a build's log, or null when there is none.</summary>
    public IReadOnlyList<string>? Read(string buildId)
    {
        try
        {
            return PathFor(buildId) is { } path ? File.ReadAllLines(path) : null;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Removes logs of releases no longer kept, except the newest few.</summary>
    public IReadOnlyList<string> Prune(IReadOnlyCollection<string> keptReleases)
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var removed = new List<string>();
        var logs = Directory.EnumerateFiles(Folder, "*" + Extension)
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .OrderDescending(StringComparer.Ordinal);
        foreach (var id in logs.Skip(options.Value.BuildLogsKeep).Where(id => !keptReleases.Contains(id)))
        {
            File.Delete(Path.Combine(Folder, id + Extension));
            removed.Add(id);
        }

        return removed;
    }
}
