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
/// Publishes one commit: build into a staging folder, write the manifest, seal the release,
/// switch <c>current</c> to it, prune old releases. A failure anywhere before the switch
/// leaves the live release untouched.
/// </summary>
public sealed class CommitPublisher(
    SiteBuilder builder,
    ContentRepository repository,
    ReleaseStore store,
    BuildHistory history,
    IOptions<ReleaseOptions> options,
    PublisherPaths paths,
    TimeProvider clock,
    ILogger<CommitPublisher> logger)
{
    private static readonly string BuilderVersion =
        typeof(CommitPublisher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public BuildRecord Publish(CommitInfo commit, CancellationToken cancellationToken)
    {
        var startedAt = clock.GetUtcNow();
        var staged = store.Stage(commit.ShortSha, startedAt);
        using var buildId = LogContext.PushProperty("BuildId", staged.Id);
        using var commitProperty = LogContext.PushProperty("Commit", commit.ShortSha);
        logger.LogInformation("Build {BuildId} started for {Commit} by {Author}: {Summary}", staged.Id, commit.ShortSha, commit.Author, commit.Summary);
        var watch = Stopwatch.StartNew();
        try
        {
            var result = Build(commit, staged, cancellationToken);
            WriteManifest(commit, staged, startedAt);
            store.Seal(staged);
            store.Activate(staged.Id);
            var pruned = store.Prune(options.Value.Keep);
            logger.LogInformation(
                "Build {BuildId} {Outcome} {Commit} by {Author} ({Summary}) in {ElapsedMs} ms: {Pages} pages, {Files} files, {Warnings} warnings; pruned {Pruned} old releases",
                staged.Id, BuildOutcome.Published, commit.ShortSha, commit.Author, commit.Summary, watch.ElapsedMilliseconds, result.Pages, result.FilesWritten, result.Warnings.Count, pruned.Count);
            return Record(commit, staged.Id, startedAt, watch.Elapsed, BuildOutcome.Published, result.Pages, staged.Id, null);
        }
        catch (SiteBuildException ex)
        {
            ReleaseStore.Discard(staged);
            logger.LogError("Build {BuildId} {Outcome} for {Commit} by {Author} ({Summary}) after {ElapsedMs} ms at {Position}: {Reason}; the live release stays",
                staged.Id, BuildOutcome.Failed, commit.ShortSha, commit.Author, commit.Summary, watch.ElapsedMilliseconds, ex.Position.ToString(), ex.Reason);
            return Record(commit, staged.Id, startedAt, watch.Elapsed, BuildOutcome.Failed, 0, null, ex.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            ReleaseStore.Discard(staged);
            logger.LogWarning("Build {BuildId} {Outcome} for {Commit} by {Author} ({Summary}) after {ElapsedMs} ms; the live release stays",
                staged.Id, BuildOutcome.Cancelled, commit.ShortSha, commit.Author, commit.Summary, watch.ElapsedMilliseconds);
            return Record(commit, staged.Id, startedAt, watch.Elapsed, BuildOutcome.Cancelled, 0, null, "cancelled");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or LibGit2Sharp.LibGit2SharpException)
        {
            ReleaseStore.Discard(staged);
            logger.LogError(ex, "Build {BuildId} {Outcome} for {Commit} by {Author} ({Summary}) after {ElapsedMs} ms: {Reason}; the live release stays",
                staged.Id, BuildOutcome.Failed, commit.ShortSha, commit.Author, commit.Summary, watch.ElapsedMilliseconds, ex.Message);
            return Record(commit, staged.Id, startedAt, watch.Elapsed, BuildOutcome.Failed, 0, null, ex.Message);
        }
    }

    private BuildResult Build(CommitInfo commit, StagedRelease staged, CancellationToken cancellationToken)
    {
        using var tree = repository.OpenTree(commit.Sha);
        // site.time is the commit time, so building a commit twice gives the same bytes.
        return builder.Build(new BuildRequest(tree, staged.Path, commit.Time) { ThemesPaths = [paths.ThemesPath] }, cancellationToken);
    }

    private void WriteManifest(CommitInfo commit, StagedRelease staged, DateTimeOffset builtAt)
    {
        var (files, hash) = ReleaseManifest.HashTree(staged.Path, store.ManifestPath);
        new ReleaseManifest(staged.Id, commit.Sha, commit.Author, commit.Time, commit.Summary, BuilderVersion, builtAt, files, hash)
            .WriteTo(Path.Combine(staged.Path, store.ManifestPath));
    }

    private BuildRecord Record(CommitInfo commit, string buildId, DateTimeOffset startedAt, TimeSpan duration, BuildOutcome outcome, int pages, string? releaseId, string? error)
    {
        var record = new BuildRecord(buildId, commit.Sha, commit.Author, commit.Summary, startedAt, duration, outcome, pages, releaseId, error);
        history.Add(record);
        return record;
    }
}
