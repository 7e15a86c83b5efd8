using Ikim.Publisher.Git;
using Ikim.Publisher.Options;
using Ikim.Publisher.Publishing;
using Microsoft.Extensions.Options;

namespace Ikim.Publisher.Worker;

/// <summary>
/// The publishing loop: fetch the branch, and when its head is neither live nor known to fail,
/// and publishing is not pinned, publish it. One round at a time, so one build at a time;
/// triggers arriving meanwhile collapse into one follow-up round, which builds the newest commit.
/// Between rounds it waits one poll interval (or less, when a trigger arrives); after fetch
/// failures it backs off exponentially, capped, with jitter, and keeps serving the live release.
/// </summary>
public sealed class PublishingWorker(
    ContentRepository repository,
    CommitPublisher publisher,
    ReleaseStore store,
    BuildTrigger trigger,
    PollState pollState,
    BuildHistory history,
    DiskSpaceGuard disk,
    StarterSeeder seeder,
    TimeProvider clock,
    IOptions<RepositoryOptions> options,
    ILogger<PublishingWorker> logger) : BackgroundService
{
    private ReleaseLock? _workerLock;
    private string? _failedCommit;
    private bool _rebuildPending;
    private bool _branchMissing;
    private string? _heldCommit;
    private string? _diskShortFor;

    private string Remote => RemoteUrl.Redact(options.Value.Url);

    /// <summary>
    /// Takes the worker lock (one worker per releases root: two would race on <c>current</c>),
    /// then repairs what a crash may have left: lock files in the mirror, staging folders,
    /// temporary links, half-pruned releases. A second worker fails to start, naming the folder.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _workerLock = ReleaseLock.TryAcquire(Path.Combine(store.Root, ".worker.lock"))
            ?? throw new InvalidOperationException($"Another Ikim.Publisher worker is publishing into {store.Root}; not starting a second one.");
        GitNetworkTimeouts.Apply(options.Value.ConnectTimeout, options.Value.FetchTimeout);
        foreach (var leftover in repository.RemoveStaleLocks().Concat(store.RemoveLeftovers()))
        {
            logger.LogWarning("Removed {Leftover}, left behind by an interrupted run", leftover);
        }

        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Retired releases still being deleted, a draft being made: finish (a kill leaves them for the next start).
        await publisher.Background.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        publisher.DiscardDraft();
        _workerLock?.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        seeder.SeedIfMissing();
        var live = store.LiveManifest;
        logger.LogInformation("Publishing branch {Branch} of {Remote} every {PollInterval}; live release: {Release} ({Commit})",
            options.Value.Branch, Remote, options.Value.PollInterval, live?.Release ?? "none", live?.Commit[..12] ?? "none");

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                RunOnce(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The live release is served whatever happens here; the next round tries again.
                logger.LogError(ex, "A publishing round failed unexpectedly: {Reason}; the live release stays", ex.Message);
            }

            try
            {
                await trigger.WaitAsync(pollState.NextDelay(options.Value.PollInterval, options.Value.MaxBackoff), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        logger.LogInformation("Publishing stopped; live release: {Release}", store.LiveId ?? "none");
    }

    /// <summary>One round: fetch, compare with the live commit, publish when something new is there.</summary>
    public void RunOnce(CancellationToken cancellationToken)
    {
        _rebuildPending |= trigger.TakeRebuild();
        var head = Fetch(cancellationToken);
        if (head is null || Paused(head))
        {
            return;
        }

        if (!_rebuildPending && (head.Sha == store.LiveManifest?.Commit || head.Sha == _failedCommit))
        {
            return;
        }

        if (DiskTooFull(head))
        {
            return;
        }

        var rebuild = _rebuildPending;
        _rebuildPending = false;
        var build = publisher.Publish(head, cancellationToken, rebuild);
        // A commit that failed is not retried on every poll; a new commit (or an explicit rebuild) tries again.
        _failedCommit = build.Outcome == BuildOutcome.Failed ? head.Sha : null;
    }

    private CommitInfo? Fetch(CancellationToken cancellationToken)
    {
        CommitInfo? head;
        try
        {
            head = repository.Fetch(cancellationToken);
        }
        catch (FetchException ex)
        {
            // Each failure is counted; only a new kind of cause is logged, so a remote down for a
            // day gives one warning naming the first cause (and debug lines), not thousands.
            var (failures, newCause) = pollState.FetchFailed(ex.Cause, ex.Kind);
            var level = newCause ? LogLevel.Warning : LogLevel.Debug;
            logger.Log(level, "Fetch of {Branch} from {Remote} failed ({FailureKind}, {Failures} in a row): {Reason}; serving the live release, retrying with backoff",
                options.Value.Branch, Remote, ex.Kind, failures, ex.Cause);
            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        var ended = pollState.FetchSucceeded();
        if (ended > 0)
        {
            logger.LogInformation("Fetch of {Branch} from {Remote} works again after {Failures} failures", options.Value.Branch, Remote, ended);
        }

        if (head is null && !_branchMissing)
        {
            logger.LogWarning("Branch {Branch} does not exist on {Remote}; the live release stays until it is back", options.Value.Branch, Remote);
        }

        _branchMissing = head is null;
        return head;
    }

    /// <summary>
    /// True while pinned; the pin is read from disk every round, so the command line can set it
    /// beside a running worker. Says once per held commit why it is not going live, so an
    /// editor's "where is my change?" has an answer in the log.
    /// </summary>
    private bool Paused(CommitInfo head)
    {
        var pin = store.Pin;
        if (pin is not null && _heldCommit != head.Sha)
        {
            logger.LogWarning("Publishing is pinned to {Release} since {PinnedAt} ({Reason}): {Commit} waits until an operator unpins",
                pin.Release, pin.PinnedAt, pin.Reason, head.ShortSha);
        }
        else if (pin is null && _heldCommit is not null)
        {
            logger.LogInformation("Publishing resumes: the pin was removed");
        }

        _heldCommit = pin is null ? null : head.Sha;
        return pin is not null;
    }

    private bool DiskTooFull(CommitInfo head)
    {
        var shortage = disk.Shortage();
        if (shortage is not null && _diskShortFor != head.Sha)
        {
            logger.LogError("No build of {Commit}: {Shortage}; the live release stays, the build starts once space is freed", head.ShortSha, shortage);
            history.Add(new BuildRecord("", head.Sha, head.Author, head.Summary, clock.GetUtcNow(), TimeSpan.Zero, BuildOutcome.Failed, 0, null, shortage));
        }

        _diskShortFor = shortage is null ? null : head.Sha;
        return shortage is not null;
    }
}
