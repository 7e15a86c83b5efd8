using System.Diagnostics;
using System.Reflection;
using Ikim.Publisher.Git;
using Ikim.Publisher.Options;
using Ikim.Publisher.Publishing;
using Ikim.Publisher.Site;
using Ikim.Publisher.Site.Diagnostics;
using Microsoft.Extensions.Options;
using Serilog.Context;

namespace Ikim.Publisher.Worker;

/// <summary>
/// Publishes one commit: build into a staging folder within the time limit, write the manifest,
/// seal the release, switch <c>current</c> to it unless publishing is pinned, prune old releases.
/// A failure anywhere before the switch leaves the live release untouched. A commit that already
/// has an intact release (a crash after sealing, a force-push back, an unpin) is switched to
/// without a rebuild: builds are reproducible, so a rebuild would give the same bytes.
/// </summary>
public sealed class CommitPublisher(
    SiteBuilder builder,
    ContentRepository repository,
    ReleaseStore store,
    BuildHistory history,
    IOptions<ReleaseOptions> options,
    PublisherPaths paths,
    IOptions<BuildLimitsOptions> limits,
    TimeProvider clock,
    ReleaseDrafts drafts,
    PreviousBuild previous,
    ILogger<CommitPublisher> logger)
{
    private readonly SerialBackground _deletions = new();

    public static readonly string BuilderVersion =
        typeof(CommitPublisher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <param name="stopping">Cancelled when the worker shuts down: the build is then cancelled, not failed.</param>
    /// <param name="rebuild">An operator's explicit rebuild: build afresh even when an intact release of the commit exists.</param>
    public BuildRecord Publish(CommitInfo commit, CancellationToken stopping, bool rebuild = false)
    {
        var startedAt = clock.GetUtcNow();
        history.Started(commit.Sha);
        if (!rebuild && store.FindIntactRelease(commit.Sha, BuilderVersion) is { } existing)
        {
            return Republish(commit, existing, startedAt);
        }

        // The live release is read once: the draft, the previous output and the previous state must all be of it.
        var live = store.LiveId;
        var staged = store.Stage(commit.ShortSha, startedAt, drafts.Take(live));
        using var buildId = LogContext.PushProperty("BuildId", staged.Id);
        using var commitProperty = LogContext.PushProperty("Commit", commit.ShortSha);
        logger.LogInformation("Build {BuildId} started for {Commit} by {Author}: {Summary}", staged.Id, commit.ShortSha, commit.Author, commit.Summary);
        var watch = Stopwatch.StartNew();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        limit.CancelAfter(limits.Value.Timeout);
        try
        {
            var result = Build(commit, staged, live, limit.Token);
            var built = watch.ElapsedMilliseconds;
            var digests = WriteManifest(commit, staged, live, startedAt, result, limit.Token);
            // Past its limit a build must not go live, however little work was left. The timer alone
            // cannot tell: CancelAfter's callback runs on the thread pool, which this build keeps busy
            // (the worker builds on a pool thread, rendering and writing take the rest), so it can run
            // hundreds of ms late, after the whole build. The stopwatch decides here.
            if (watch.Elapsed >= limits.Value.Timeout)
            {
                limit.Cancel();
            }

            limit.Token.ThrowIfCancellationRequested();
            var manifested = watch.ElapsedMilliseconds;
            store.Seal(staged);
            var sealedAt = watch.ElapsedMilliseconds;
            previous.Remember(staged.Id, result.State, digests);
            if (!TryActivate(staged.Id, commit, out var pin))
            {
                return Record(commit, staged.Id, startedAt, watch.Elapsed, BuildOutcome.Cancelled, result.Pages, null,
                    $"publishing was pinned to {pin} during the build; release {staged.Id} is kept but not live");
            }

            var switchedAt = watch.ElapsedMilliseconds;
            var liveAt = clock.GetUtcNow();
            var pruned = Prune();
            DraftNext();
            logger.LogInformation(
                "Build {BuildId} took {BuildMs} ms to build into {Staging} ({Stages}), {ManifestMs} ms to hash the manifest, {SealMs} ms to seal, {SwitchMs} ms to switch, {PruneMs} ms to prune",
                staged.Id, built, staged.Draft is { } draft ? $"the draft of {draft.Release}" : "an empty folder", string.Join(", ", result.Stages.Select(stage => $"{stage.Stage} {stage.Elapsed.TotalMilliseconds:0} ms")), manifested - built, sealedAt - manifested, switchedAt - sealedAt, watch.ElapsedMilliseconds - switchedAt);
            logger.LogInformation(
                "Build {BuildId} {Outcome} {Commit} by {Author} ({Summary}) in {ElapsedMs} ms: {Pages} pages ({Rendered} renders done, {Reused} reused), {Files} files ({Linked} linked unchanged), {Warnings} warnings; pruned {Pruned} old releases",
                staged.Id, BuildOutcome.Published, commit.ShortSha, commit.Author, commit.Summary, watch.ElapsedMilliseconds, result.Pages, result.Rendered, result.Reused, result.FilesWritten, result.FilesLinked, result.Warnings.Count, pruned.Count);
            return Record(commit, staged.Id, startedAt, watch.Elapsed, BuildOutcome.Published, result.Pages, staged.Id, null, liveAt);
        }
        catch (Exception ex) when (IsCancellation(ex, stopping))
        {
            ReleaseStore.Discard(staged);
            logger.LogWarning("Build {BuildId} {Outcome} for {Commit} by {Author} ({Summary}) after {ElapsedMs} ms: cancelled by shutdown; the live release stays",
                staged.Id, BuildOutcome.Cancelled, commit.ShortSha, commit.Author, commit.Summary, watch.ElapsedMilliseconds);
            return Record(commit, staged.Id, startedAt, watch.Elapsed, BuildOutcome.Cancelled, 0, null, "cancelled by shutdown");
        }
        catch (Exception ex) when (IsCancellation(ex, limit.Token))
        {
            ReleaseStore.Discard(staged);
            DraftNext();
            var reason = $"timed out after {limits.Value.Timeout} (Build:Timeout)";
            logger.LogError("Build {BuildId} {Outcome} for {Commit} by {Author} ({Summary}) after {ElapsedMs} ms: {Reason}; the live release stays",
                staged.Id, BuildOutcome.Failed, commit.ShortSha, commit.Author, commit.Summary, watch.ElapsedMilliseconds, reason);
            return Record(commit, staged.Id, startedAt, watch.Elapsed, BuildOutcome.Failed, 0, null, reason);
        }
        catch (SiteBuildException ex)
        {
            ReleaseStore.Discard(staged);
            DraftNext();
            logger.LogError("Build {BuildId} {Outcome} for {Commit} by {Author} ({Summary}) after {ElapsedMs} ms at {Position}: {Reason}; the live release stays",
                staged.Id, BuildOutcome.Failed, commit.ShortSha, commit.Author, commit.Summary, watch.ElapsedMilliseconds, ex.Position.ToString(), ex.Reason);
            return Record(commit, staged.Id, startedAt, watch.Elapsed, BuildOutcome.Failed, 0, null, ex.Message);
        }
        catch (Exception ex)
        {
            // A full disk lands here (IOException: No space left on device): the staging folder goes, and
            // with it the space it took. So does any other fault of this one build (a builder bug
            // included): it fails this commit, it does not take the worker down into a restart loop.
            ReleaseStore.Discard(staged);
            DraftNext();
            logger.LogError("Build {BuildId} {Outcome} for {Commit} by {Author} ({Summary}) after {ElapsedMs} ms: {Reason}; the live release stays",
                staged.Id, BuildOutcome.Failed, commit.ShortSha, commit.Author, commit.Summary, watch.ElapsedMilliseconds, ex.Message);
            return Record(commit, staged.Id, startedAt, watch.Elapsed, BuildOutcome.Failed, 0, null, ex.Message);
        }
    }

    private BuildRecord Republish(CommitInfo commit, string releaseId, DateTimeOffset startedAt)
    {
        using var commitProperty = LogContext.PushProperty("Commit", commit.ShortSha);
        var watch = Stopwatch.StartNew();
        if (!TryActivate(releaseId, commit, out var pin))
        {
            return Record(commit, releaseId, startedAt, watch.Elapsed, BuildOutcome.Cancelled, 0, null, $"publishing is pinned to {pin}");
        }

        var liveAt = clock.GetUtcNow();
        var pruned = Prune();
        logger.LogInformation("Release {Release} {Outcome} {Commit} by {Author} ({Summary}) again without a rebuild: it is intact; pruned {Pruned} old releases",
            releaseId, BuildOutcome.Published, commit.ShortSha, commit.Author, commit.Summary, pruned.Count);
        return Record(commit, releaseId, startedAt, watch.Elapsed, BuildOutcome.Published, 0, releaseId, null, liveAt);
    }

    /// <summary>
    /// Retention, off the publish path: the releases past <c>Releases:Keep</c> are retired under
    /// the lock at once, and their files (10,000 per release on a big site, seconds of unlinking)
    /// are deleted in the background, one folder after the other, while the next build may run.
    /// </summary>
    private IReadOnlyList<string> Prune()
    {
        var (pruned, trash) = store.Retire(options.Value.Keep);
        _deletions.Enqueue(() => DeleteTrash(trash));
        return pruned;
    }

    /// <summary>Completes once every retired release's files are deleted, no draft of the next release is being made and the build state is saved.</summary>
    public Task Background => Task.WhenAll(_deletions.Idle, drafts.Idle, previous.Saved);

    /// <summary>Removes an unused draft of the next release (at shutdown: a new process starts without one).</summary>
    public void DiscardDraft() => drafts.Take(null);

    /// <summary>Drafts the next release from the live one, when this worker built it and so knows its files.</summary>
    private void DraftNext()
    {
        if (store.LiveId is { } live && previous.Of(live) is { } known)
        {
            drafts.Prepare(live, known.Digests.Sizes);
        }
    }

    private void DeleteTrash(IReadOnlyList<string> trash)
    {
        foreach (var folder in trash)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left for the start-up clean-up, which removes trash folders too.
                logger.LogWarning("Could not delete retired release folder {Folder}: {Reason}", folder, ex.Message);
            }
        }
    }

    /// <summary>Switches to the release unless publishing is pinned; the pin is read under the release lock, so a rollback cannot slip in between.</summary>
    private bool TryActivate(string releaseId, CommitInfo commit, out string? pinnedTo)
    {
        using var held = store.Lock();
        pinnedTo = store.Pin?.Release;
        if (pinnedTo is not null)
        {
            logger.LogWarning("Release {Release} of {Commit} is ready, but publishing is pinned to {Pinned}: not switching", releaseId, commit.ShortSha, pinnedTo);
            return false;
        }

        store.Activate(releaseId, held);
        return true;
    }

    private BuildResult Build(CommitInfo commit, StagedRelease staged, string? live, CancellationToken cancellationToken)
    {
        using var tree = repository.OpenTree(commit.Sha, cancellationToken);
        // site.time is the commit time, so building a commit twice gives the same bytes. Files unchanged
        // since the live release are hard-linked from it: same inode and mtime, so their ETags hold.
        // Renders whose recorded inputs did not change since the live release are reused from it.
        // A draft of the live release already holds those links: the build only makes the changes.
        var request = new BuildRequest(tree, staged.Path, commit.Time)
        {
            ThemesPaths = [paths.ThemesPath],
            Repository = new RepositoryMetadata(repository.RedactedUrl, repository.Branch, commit.Sha),
            PreviousOutput = live is null ? null : Path.Combine(store.ReleasesPath, live),
            Previous = live is null ? null : previous.Of(live)?.State,
            Prelinked = staged.Draft?.Files,
        };
        return builder.Build(request, cancellationToken);
    }

    private FileDigests WriteManifest(CommitInfo commit, StagedRelease staged, string? live, DateTimeOffset builtAt, BuildResult built, CancellationToken cancellationToken)
    {
        // The build lists the files it placed, so the folder is not walked, and the ones it wrote: the
        // others are hard links of the live release's files (its previous output), whose digests are known.
        var (files, hash, digests) = ReleaseManifest.HashTree(staged.Path, store.ManifestPath, live is null ? null : previous.Of(live)?.Digests, cancellationToken, built.Files, built.FilesChanged);
        new ReleaseManifest(staged.Id, commit.Sha, commit.Author, commit.Time, commit.Summary, BuilderVersion, builtAt, files, hash)
            .WriteTo(Path.Combine(staged.Path, store.ManifestPath));
        return digests;
    }

    // Parallel rendering reports a cancellation as itself or wrapped, and a read cancelled inside
    // an include can surface as a template error: once the token is cancelled, it is the cause.
    private static bool IsCancellation(Exception ex, CancellationToken token) =>
        token.IsCancellationRequested && ex is OperationCanceledException or AggregateException or SiteBuildException;

    private BuildRecord Record(CommitInfo commit, string buildId, DateTimeOffset startedAt, TimeSpan duration, BuildOutcome outcome, int pages, string? releaseId, string? error, DateTimeOffset? liveAt = null)
    {
        var record = new BuildRecord(buildId, commit.Sha, commit.Author, commit.Summary, startedAt, duration, outcome, pages, releaseId, error) { LiveAt = liveAt };
        history.Add(record);
        return record;
    }
}
