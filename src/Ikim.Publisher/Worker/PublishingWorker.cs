using Ikim.Publisher.Git;
using Ikim.Publisher.Operations;
using Ikim.Publisher.Options;
using Ikim.Publisher.Publishing;

using Microsoft.Extensions.Options;

namespace Ikim.Publisher.Worker;

/// <summary>
/// The publishing loop: fetch the branch, and when its head is neither live nor known to
/// fail, publish it. Waits one poll interval (or less, when a trigger arrives) between rounds;
/// after fetch failures it backs off exponentially, capped, with jitter.
/// </summary>
public sealed class PublishingWorker(
    ContentRepository repository,
    CommitPublisher publisher,
    ReleaseStore store,
    BuildTrigger trigger,
    PollState pollState,
    StarterSeeder seeder,
    PinMarker pin,
    IOptions<RepositoryOptions> options,
    ILogger<PublishingWorker> logger) : BackgroundService
{
    private string? _failedCommit;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        seeder.SeedIfMissing();
        foreach (var leftover in store.RemoveLeftovers())
        {
            logger.LogWarning("Removed {Leftover}, left behind by an interrupted build", leftover);
        }

        var live = store.LiveManifest;
        logger.LogInformation("Publishing branch {Branch} of {Remote} every {PollInterval}; live release: {Release} ({Commit})",
            options.Value.Branch, RemoteUrl.Redact(options.Value.Url), options.Value.PollInterval, live?.Release ?? "none", live?.Commit[..12] ?? "none");

        while (!stoppingToken.IsCancellationRequested)
        {
            RunOnce(stoppingToken);
            try
            {
                await trigger.WaitAsync(pollState.NextDelay(options.Value.PollInterval), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>One round: fetch, compare with the live commit, publish when something new is there.</summary>
    public void RunOnce(CancellationToken cancellationToken)
    {
        CommitInfo? head;
        try
        {
            head = repository.Fetch();
            pollState.FetchSucceeded();
        }
        catch (LibGit2Sharp.LibGit2SharpException ex)
        {
            var failures = pollState.FetchFailed(ex.Message);
            logger.LogWarning("Fetch of {Branch} from {Remote} failed ({Failures} in a row): {Reason}; serving the live release",
                options.Value.Branch, RemoteUrl.Redact(options.Value.Url), failures, RemoteUrl.Redact(ex.Message));
            return;
        }

        if (head is null)
        {
            logger.LogWarning("Branch {Branch} does not exist on {Remote}; nothing to publish", options.Value.Branch, RemoteUrl.Redact(options.Value.Url));
            return;
        }

        // Pinned by an operator (rollback, pin): keep fetching so status stays fresh, publish nothing.
        if (pin.Holds(head))
        {
            return;
        }

        if (!trigger.TakeRebuild() && (head.Sha == store.LiveManifest?.Commit || head.Sha == _failedCommit))
        {
            return;
        }

        var build = publisher.Publish(head, cancellationToken);
        // A commit that failed is not retried on every poll; a new commit (or an explicit rebuild) tries again.
        _failedCommit = build.Outcome == BuildOutcome.Failed ? head.Sha : null;
    }
}
