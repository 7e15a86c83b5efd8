using System.Globalization;

namespace Ikim.Publisher.Publishing;

/// <summary>
/// Immutable release folders under <c>root/releases/</c> and the <c>root/current</c> symlink
/// that readers follow. A release is built in a hidden staging folder, renamed into place when
/// complete, then made live by renaming a fresh symlink over <c>current</c>.
/// </summary>
public sealed class ReleaseStore
{
    private const string StagingPrefix = ".staging-";
    private const string LinkTempPrefix = ".current-";

    public ReleaseStore(string root, string manifestPath)
    {
        Root = Path.GetFullPath(root);
        ReleasesPath = Path.Combine(Root, "releases");
        CurrentPath = Path.Combine(Root, "current");
        ManifestPath = manifestPath;
        Directory.CreateDirectory(ReleasesPath);
    }

    public string Root { get; }

    public string ReleasesPath { get; }

    /// <summary>The symlink a web server serves.</summary>
    public string CurrentPath { get; }

    /// <summary>The manifest's path relative to a release folder.</summary>
    public string ManifestPath { get; }

    /// <summary>A new, empty staging folder for a build of <paramref name="shortSha"/>.</summary>
    public StagedRelease Stage(string shortSha, DateTimeOffset now)
    {
        var id = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture) + "-" + shortSha;
        var staging = Path.Combine(ReleasesPath, StagingPrefix + id);
        Directory.CreateDirectory(staging);
        return new StagedRelease(id, staging);
    }

    /// <summary>
    /// Seals a staged build: flushes its files, then renames the staging folder to its final
    /// name. If we crash before the rename, the staging folder is removed at the next start;
    /// after it, the release is complete but not live, and retention removes it in time.
    /// </summary>
    public string Seal(StagedRelease staged)
    {
        NativeFileSystem.SyncFileSystem(staged.Path);
        var final = Path.Combine(ReleasesPath, staged.Id);
        Directory.Move(staged.Path, final);
        NativeFileSystem.SyncDirectory(ReleasesPath);
        return final;
    }

    /// <summary>
    /// Points <c>current</c> at a release: a new symlink with a relative target is created
    /// beside it and renamed over it (rename(2) is atomic), then the folder is fsynced.
    /// A reader sees the old release or the new one, never a mixture or nothing. If we crash
    /// before the rename, <c>current</c> still points at the old release and the stray
    /// temporary link is removed at the next start.
    /// </summary>
    public void Activate(string releaseId)
    {
        var target = Path.Combine(ReleasesPath, releaseId);
        if (!Directory.Exists(target))
        {
            throw new DirectoryNotFoundException($"Release '{releaseId}' does not exist in {ReleasesPath}.");
        }

        var temporary = Path.Combine(Root, LinkTempPrefix + Guid.NewGuid().ToString("N"));
        File.CreateSymbolicLink(temporary, Path.Combine("releases", releaseId));
        try
        {
            NativeFileSystem.Rename(temporary, CurrentPath);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        NativeFileSystem.SyncDirectory(Root);
    }

    /// <summary>The live release id, read from the <c>current</c> link itself; null before the first publish.</summary>
    public string? LiveId
    {
        get
        {
            var info = new FileInfo(CurrentPath);
            return info.LinkTarget is { } target ? Path.GetFileName(target.TrimEnd('/')) : null;
        }
    }

    public ReleaseManifest? LiveManifest => LiveId is { } id ? ReadManifest(id) : null;

    public ReleaseManifest? ReadManifest(string releaseId) =>
        ReleaseManifest.TryRead(Path.Combine(ReleasesPath, releaseId, ManifestPath));

    /// <summary>Complete releases, newest first (ids start with their UTC build time).</summary>
    public IReadOnlyList<string> ReleaseIds() =>
        Directory.EnumerateDirectories(ReleasesPath)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !name.StartsWith('.'))
            .OrderDescending(StringComparer.Ordinal)
            .ToList();

    /// <summary>Removes what a crash can leave behind: staging folders and temporary links.</summary>
    public IReadOnlyList<string> RemoveLeftovers()
    {
        var removed = new List<string>();
        foreach (var staging in Directory.EnumerateDirectories(ReleasesPath, StagingPrefix + "*"))
        {
            Directory.Delete(staging, recursive: true);
            removed.Add(staging);
        }

        foreach (var link in Directory.EnumerateFileSystemEntries(Root, LinkTempPrefix + "*"))
        {
            File.Delete(link);
            removed.Add(link);
        }

        return removed;
    }

    /// <summary>Keeps the newest <paramref name="keep"/> releases and always the live one; removes the rest.</summary>
    public IReadOnlyList<string> Prune(int keep)
    {
        var live = LiveId;
        var removed = new List<string>();
        foreach (var id in ReleaseIds().Skip(keep))
        {
            if (id == live)
            {
                continue;
            }

            Directory.Delete(Path.Combine(ReleasesPath, id), recursive: true);
            removed.Add(id);
        }

        return removed;
    }

    /// <summary>Throws away a staged build that failed.</summary>
    public static void Discard(StagedRelease staged)
    {
        if (Directory.Exists(staged.Path))
        {
            Directory.Delete(staged.Path, recursive: true);
        }
    }
}

/// <summary>A release being built: its final id and the staging folder it is written to.</summary>
public sealed record StagedRelease(string Id, string Path);
