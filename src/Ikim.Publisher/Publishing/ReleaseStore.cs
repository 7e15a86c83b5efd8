using System.Globalization;

namespace Ikim.Publisher.Publishing;

/// <summary>
/// Immutable release folders under <c>root/releases/</c> and the <c>root/current</c> symlink
/// that readers follow. A release is built in a hidden staging folder, renamed into place when
/// complete, then made live by renaming a fresh symlink over <c>current</c>. Beside it,
/// <c>root/previous</c> names the release that was live before, and <c>root/pinned.json</c>
/// (when present) pauses publishing. Every change of those three happens under the release
/// lock (<c>root/.lock</c>), which the worker and the command line share.
/// </summary>
public sealed class ReleaseStore
{
    private const string StagingPrefix = ".staging-";
    private const string LinkTempPrefix = ".link-";
    private const string LegacyLinkTempPrefix = ".current-";
    private const string TrashPrefix = ".trash-";
    private const string PinTempPrefix = ".pinned-";
    private const string DraftPrefix = ".draft-";
    /// <summary>The prefix of the worker's build state while it is written (a kill can leave one; start-up removes it).</summary>
    public const string BuildStateTempPrefix = ".build-state-";

    public ReleaseStore(string root, string manifestPath)
    {
        Root = Path.GetFullPath(root);
        ReleasesPath = Path.Combine(Root, "releases");
        CurrentPath = Path.Combine(Root, "current");
        PreviousPath = Path.Combine(Root, "previous");
        PinPath = Path.Combine(Root, "pinned.json");
        LockPath = Path.Combine(Root, ".lock");
        ManifestPath = manifestPath;
        Directory.CreateDirectory(ReleasesPath);
    }

    public string Root { get; }

    public string ReleasesPath { get; }

    /// <summary>The symlink a web server serves.</summary>
    public string CurrentPath { get; }

    /// <summary>The symlink to the release that was live before <c>current</c>: kept by retention, the default rollback target.</summary>
    public string PreviousPath { get; }

    public string PinPath { get; }

    public string LockPath { get; }

    /// <summary>The manifest's path relative to a release folder.</summary>
    public string ManifestPath { get; }

    /// <summary>Takes the release lock (waits while another process holds it).</summary>
    public ReleaseLock Lock() => ReleaseLock.Acquire(LockPath);

    /// <summary>
    /// A new staging folder for a build of <paramref name="shortSha"/>: empty, or the
    /// <paramref name="draft"/> renamed into place (it already holds the files of the release it was
    /// drafted from, hard-linked).
    /// </summary>
    public StagedRelease Stage(string shortSha, DateTimeOffset now, ReleaseDraft? draft = null)
    {
        var id = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture) + "-" + shortSha;
        var staging = Path.Combine(ReleasesPath, StagingPrefix + id);
        if (draft is null)
        {
            Directory.CreateDirectory(staging);
            return new StagedRelease(id, staging);
        }

        Directory.Move(draft.Path, staging);
        return new StagedRelease(id, staging, draft);
    }

    /// <summary>
    /// Drafts the next release from <paramref name="release"/>: a hidden staging folder holding its
    /// <paramref name="files"/> (relative paths, with the sizes its manifest recorded), each hard-linked, in their folders. A build into it
    /// only makes its changes, so the editor does not wait for ten thousand links. The links are
    /// flushed here, in the background, so that sealing the release built into the draft flushes only
    /// what the build changed. An unused draft is removed at the next start, like staging folders.
    /// </summary>
    public ReleaseDraft Draft(string release, IReadOnlyDictionary<string, long> files, CancellationToken cancellationToken)
    {
        var source = Path.Combine(ReleasesPath, release);
        var draft = Path.Combine(ReleasesPath, DraftPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new ParallelOptions { CancellationToken = cancellationToken };
            Directory.CreateDirectory(draft);
            Parallel.ForEach(files.Keys.Select(f => Path.GetDirectoryName(Path.Combine(draft, f))!).Distinct(StringComparer.Ordinal), options, folder => Directory.CreateDirectory(folder));
            Parallel.ForEach(files.Keys, options, file => NativeFileSystem.Link(Path.Combine(source, file), Path.Combine(draft, file)));
            NativeFileSystem.SyncFileSystem(draft);
            return new ReleaseDraft(release, draft, files);
        }
        catch
        {
            Directory.Delete(draft, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// Seals a staged build: flushes its files, then renames the staging folder to its final
    /// name. If we crash before the rename, the staging folder is removed at the next start;
    /// after it, the release is complete but not live: the next start publishes it without a
    /// rebuild (it is found by its commit), or retention removes it in time.
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
    /// Points <c>current</c> at a release; the caller holds the release lock. <c>previous</c>
    /// is first pointed at the release live until now, then <c>current</c> at the new one; each
    /// by renaming a fresh relative symlink over the old (rename(2) is atomic), then the folder
    /// is fsynced so the switch survives a power cut. A reader sees the old release or the new
    /// one, never a mixture or nothing. If we crash between the two renames, <c>previous</c>
    /// and <c>current</c> both name the old release, which is harmless; stray temporary links
    /// are removed at the next start.
    /// </summary>
    public void Activate(string releaseId, ReleaseLock held)
    {
        ArgumentNullException.ThrowIfNull(held);
        if (!Directory.Exists(Path.Combine(ReleasesPath, releaseId)))
        {
            throw new DirectoryNotFoundException($"Release '{releaseId}' does not exist in {ReleasesPath}.");
        }

        var live = LiveId;
        if (live is not null && live != releaseId && Directory.Exists(Path.Combine(ReleasesPath, live)))
        {
            ReplaceLink(PreviousPath, live);
        }

        ReplaceLink(CurrentPath, releaseId);
        NativeFileSystem.SyncDirectory(Root);
    }

    /// <summary>The live release id, read from the <c>current</c> link itself; null before the first publish.</summary>
    public string? LiveId => LinkedId(CurrentPath);

    /// <summary>The release live before the current one, when it still exists.</summary>
    public string? PreviousId => LinkedId(PreviousPath) is { } id && Directory.Exists(Path.Combine(ReleasesPath, id)) ? id : null;

    public ReleaseManifest? LiveManifest => LiveId is { } id ? ReadManifest(id) : null;

    public ReleasePin? Pin => ReleasePin.Read(PinPath);

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

    /// <summary>True when the release's files hash to what its manifest says.</summary>
    public bool Verify(string releaseId)
    {
        var manifest = ReadManifest(releaseId);
        return manifest is not null && manifest.Matches(Path.Combine(ReleasesPath, releaseId), ManifestPath);
    }

    /// <summary>
    /// The newest complete release of <paramref name="commit"/> made by this builder version
    /// and intact on disk: builds are reproducible, so it can go live again without a rebuild.
    /// </summary>
    public string? FindIntactRelease(string commit, string builderVersion) =>
        ReleaseIds().FirstOrDefault(id => ReadManifest(id) is { } m && m.Commit == commit && m.BuilderVersion == builderVersion && Verify(id));

    /// <summary>Pins publishing to <paramref name="pin"/>'s release; the caller holds the release lock.</summary>
    public void WritePin(ReleasePin pin, ReleaseLock held)
    {
        ArgumentNullException.ThrowIfNull(held);
        pin.Write(PinPath, Path.Combine(Root, PinTempPrefix + Guid.NewGuid().ToString("N")));
    }

    /// <summary>Removes the pin; false when publishing was not pinned.</summary>
    public bool RemovePin(ReleaseLock held)
    {
        ArgumentNullException.ThrowIfNull(held);
        return ReleasePin.Remove(PinPath);
    }

    /// <summary>Removes what a crash can leave behind: staging folders, drafts, temporary links and files, half-pruned releases.</summary>
    public IReadOnlyList<string> RemoveLeftovers()
    {
        using var held = Lock();
        var removed = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(ReleasesPath).Where(f => IsHidden(f, StagingPrefix, TrashPrefix, DraftPrefix)))
        {
            Directory.Delete(folder, recursive: true);
            removed.Add(folder);
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(Root).Where(f => IsHidden(f, LinkTempPrefix, LegacyLinkTempPrefix, PinTempPrefix, BuildStateTempPrefix)))
        {
            File.Delete(entry);
            removed.Add(entry);
        }

        return removed;
    }

    /// <summary>
    /// Retention: keeps the newest <paramref name="keep"/> releases plus the live one, the one
    /// before it and a pinned one; removes the rest. Each doomed release is first renamed to a
    /// hidden trash folder under the lock (so a crash mid-delete never leaves a half-deleted
    /// folder that looks like a release), then deleted after the lock is released.
    /// </summary>
    public IReadOnlyList<string> Prune(int keep)
    {
        var (pruned, trash) = Retire(keep);
        foreach (var folder in trash)
        {
            Directory.Delete(folder, recursive: true);
        }

        return pruned;
    }

    /// <summary>
    /// The first half of <see cref="Prune"/>: under the release lock, renames the releases past
    /// retention into hidden trash folders (they are gone from every listing at once) and returns
    /// them for the caller to delete, which may take a while. Trash left by a crash is removed at start.
    /// </summary>
    public (IReadOnlyList<string> Pruned, IReadOnlyList<string> Trash) Retire(int keep)
    {
        var doomed = new List<(string Id, string Trash)>();
        using (Lock())
        {
            var protectedIds = new HashSet<string?>(StringComparer.Ordinal) { LiveId, PreviousId, Pin?.Release };
            foreach (var id in ReleaseIds().Skip(keep).Where(id => !protectedIds.Contains(id)))
            {
                var trash = Path.Combine(ReleasesPath, TrashPrefix + id);
                Directory.Move(Path.Combine(ReleasesPath, id), trash);
                doomed.Add((id, trash));
            }
        }

        return (doomed.Select(d => d.Id).ToList(), doomed.Select(d => d.Trash).ToList());
    }

    /// <summary>Throws away a staged build that failed.</summary>
    public static void Discard(StagedRelease staged)
    {
        if (Directory.Exists(staged.Path))
        {
            Directory.Delete(staged.Path, recursive: true);
        }
    }

    private static string? LinkedId(string link) =>
        new FileInfo(link).LinkTarget is { } target ? Path.GetFileName(target.TrimEnd('/')) : null;

    private static bool IsHidden(string path, params string[] prefixes) =>
        prefixes.Any(p => Path.GetFileName(path).StartsWith(p, StringComparison.Ordinal));

    private void ReplaceLink(string link, string releaseId)
    {
        var temporary = Path.Combine(Root, LinkTempPrefix + Guid.NewGuid().ToString("N"));
        File.CreateSymbolicLink(temporary, Path.Combine("releases", releaseId));
        try
        {
            NativeFileSystem.Rename(temporary, link);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}

/// <summary>A release being built: its final id, the staging folder it is written to and the draft that folder was, if any.</summary>
public sealed record StagedRelease(string Id, string Path, ReleaseDraft? Draft = null);

/// <summary>A staging folder holding the <see cref="Files"/> of <see cref="Release"/>, hard-linked (<see cref="ReleaseStore.Draft"/>).</summary>
public sealed record ReleaseDraft(string Release, string Path, IReadOnlyDictionary<string, long> Files);
