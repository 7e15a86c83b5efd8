using Ikim.Publisher.Git;
using Ikim.Publisher.Options;
using Ikim.Publisher.Publishing;
using Ikim.Publisher.Worker;
using Microsoft.Extensions.Options;

namespace Ikim.Publisher.Operations;

/// <summary>Gathers the facts of <see cref="StatusReport"/> from the release store, the build history and the poll state.</summary>
public sealed class StatusReporter(
    ReleaseStore store,
    BuildHistory history,
    PollState poll,
    BuildLogs logs,
    SecretRedactor redactor,
    IOptions<RepositoryOptions> repository,
    TimeProvider clock)
{
    public StatusReport Report()
    {
        var live = store.LiveManifest;
        var pinned = store.Pin?.Release;
        var builds = history.Builds.Reverse().Select(Describe).ToList();
        var releases = store.ReleaseIds()
            .Select(id => (Id: id, Manifest: store.ReadManifest(id)))
            .Select(r => new KeptRelease(r.Id, r.Manifest?.Commit, r.Manifest?.BuiltAt, r.Id == live?.Release, r.Id == pinned))
            .ToList();
        return new StatusReport(clock.GetUtcNow(), live, pinned is not null, pinned, builds.FirstOrDefault(), Poll(), releases, builds);
    }

    private PollStatus Poll()
    {
        var state = poll.Snapshot();
        var settings = repository.Value;
        return new PollStatus(
            settings.Branch,
            redactor.Redact(RemoteUrl.Redact(settings.Url)),
            state.LastFetch,
            state.LastSuccessfulFetch,
            state.ConsecutiveFailures,
            redactor.RedactOrNull(state.LastError),
            state.NextPollAt)
        {
            LastErrorKind = state.LastErrorKind?.ToString().ToLowerInvariant(),
        };
    }

    private BuildStatus Describe(BuildRecord build) => new(
        build.BuildId,
        build.Commit,
        build.Author,
        build.Summary,
        build.Outcome.ToString().ToLowerInvariant(),
        build.StartedAt,
        (long)build.Duration.TotalMilliseconds,
        build.Pages,
        build.ReleaseId,
        redactor.RedactOrNull(build.Error),
        logs.Exists(build.BuildId));
}
