using System.Diagnostics;
using System.Net.Http.Headers;
using Ikim.Publisher.Benchmarks.Generation;
using Ikim.Publisher.Benchmarks.Measurement;
using Ikim.Publisher.Publishing;
using Ikim.Publisher.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ikim.Publisher.Benchmarks.Scenarios;

/// <summary>
/// The real worker (host, fetch, build from Git objects, release switch) in this process,
/// publishing from a real bare repository that an editor's clone pushes to. Runs in a fresh
/// process so its peak memory is the worker's own.
/// </summary>
public sealed class WorkerScenarios(SiteSpec spec, EditorClone editor, string dataRoot, int runs)
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromMinutes(10);
    private static readonly string HookToken = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public async Task<IReadOnlyList<ScenarioResult>> RunAsync()
    {
        var results = new List<ScenarioResult>();
        var head = editor.CommitAndPush("Generated site");
        var watch = Stopwatch.StartNew();
        var cpuAtStart = CpuTime.OfSelf();
        var app = PublisherHost.Create([], builder => builder.Configuration.AddInMemoryCollection(Settings()));
        await using (app)
        {
            await app.StartAsync();
            var history = app.Services.GetRequiredService<BuildHistory>();
            var first = await WaitForBuild(history, head);
            results.Add(new ScenarioResult("worker start + first full build", spec.Pages, [watch.Elapsed.TotalMilliseconds], PeakMemory.OfSelfBytes(),
                $"fresh process; publish itself {first.Duration.TotalMilliseconds:0} ms")
            { CpuMilliseconds = [(CpuTime.OfSelf() - cpuAtStart).TotalMilliseconds] });

            results.Add(NoChangePolls(app.Services.GetRequiredService<PublishingWorker>(), history));
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            using var hooks = new HttpClient { BaseAddress = new Uri(address) };
            hooks.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", HookToken);
            var releases = app.Services.GetRequiredService<ReleaseStore>();
            var edits = new SiteEdits(spec, editor.ClonePath);
            foreach (var kind in Enum.GetValues<EditKind>())
            {
                results.Add(await CommitToLive(kind, edits, hooks, history, releases, app.Services.GetRequiredService<CommitPublisher>()));
            }

            await app.StopAsync();
        }

        return results;
    }

    /// <summary>
    /// <see cref="PublishingWorker.RunOnce"/> when the remote has nothing new: the worker loop's
    /// whole round (fetch over the local transport, compare with the live manifest).
    /// </summary>
    private ScenarioResult NoChangePolls(PublishingWorker worker, BuildHistory history)
    {
        var before = history.Builds.Count;
        worker.RunOnce(CancellationToken.None);
        var times = new List<double>();
        var cpu = new List<double>();
        for (var i = 0; i < Math.Max(runs, 10); i++)
        {
            var watch = Stopwatch.StartNew();
            var cpuBefore = CpuTime.OfSelf();
            worker.RunOnce(CancellationToken.None);
            times.Add(watch.Elapsed.TotalMilliseconds);
            cpu.Add((CpuTime.OfSelf() - cpuBefore).TotalMilliseconds);
        }

        if (history.Builds.Count != before)
        {
            throw new InvalidOperationException("a no-change poll started a build");
        }

        return new ScenarioResult("no-change poll", spec.Pages, [.. times], null, "PublishingWorker.RunOnce: fetch finds nothing new") { CpuMilliseconds = [.. cpu] };
    }

    /// <summary>
    /// Edit, commit and push (not timed), then from the webhook call (a signed-in POST to
    /// <c>/hooks/generic</c> over HTTP on 127.0.0.1) until <c>current</c> points at the new release:
    /// the time the worker switched it (<see cref="BuildRecord.LiveAt"/>, same clock). Watching the
    /// link from this process (every millisecond) is reported beside: that watcher waits for a thread
    /// while the worker's work after the switch (pruning, drafting the next release) takes both cores.
    /// An editor's commits come seconds apart: before each, the worker's idle-time work of the last
    /// publish (drafting the next release, deleting retired ones, saving the build state) is let finish.
    /// </summary>
    private async Task<ScenarioResult> CommitToLive(EditKind kind, SiteEdits edits, HttpClient hooks, BuildHistory history, ReleaseStore releases, CommitPublisher publisher)
    {
        var times = new List<double>();
        var observed = new List<double>();
        var publishTimes = new List<double>();
        var cpu = new List<double>();
        PeakMemory.ResetSelf();
        for (var round = 1; round <= runs; round++)
        {
            await publisher.Background;
            var changed = edits.Apply(kind, round);
            var sha = editor.CommitAndPush($"Edit {changed} ({kind}, round {round})");
            var sent = DateTimeOffset.UtcNow;
            var watch = Stopwatch.StartNew();
            var cpuBefore = CpuTime.OfSelf();
            using (var response = await hooks.PostAsync("/hooks/generic", new StringContent("{}")))
            {
                response.EnsureSuccessStatusCode();
            }

            await WaitForLive(releases, sha);
            observed.Add(watch.Elapsed.TotalMilliseconds);
            var build = await WaitForBuild(history, sha);
            cpu.Add((CpuTime.OfSelf() - cpuBefore).TotalMilliseconds);
            times.Add((build.LiveAt!.Value - sent).TotalMilliseconds);
            publishTimes.Add(build.Duration.TotalMilliseconds);
        }

        var name = kind switch
        {
            EditKind.Page => "one-page change, commit to live",
            EditKind.Layout => "layout change, commit to live",
            _ => "data change, commit to live",
        };
        return new ScenarioResult(name, spec.Pages, [.. times], PeakMemory.OfSelfBytes(),
            $"webhook call to current switched (worker's switch time); seen switched from this process: median {new Samples(observed).Median:0} ms; build record (after pruning) median {new Samples(publishTimes).Median:0} ms")
        { CpuMilliseconds = [.. cpu] };
    }

    /// <summary>Waits until <c>current</c> names a release of <paramref name="sha"/> (release ids end with the short sha).</summary>
    private static async Task WaitForLive(ReleaseStore releases, string sha)
    {
        var watch = Stopwatch.StartNew();
        while (releases.LiveId?.EndsWith(sha[..12], StringComparison.Ordinal) != true)
        {
            if (watch.Elapsed > WaitLimit)
            {
                throw new TimeoutException($"{sha} did not go live");
            }

            await Task.Delay(1);
        }
    }

    private static async Task<BuildRecord> WaitForBuild(BuildHistory history, string sha)
    {
        using var timeout = new CancellationTokenSource(WaitLimit);
        var build = await history.WaitForAsync(b => b.Commit == sha, timeout.Token);
        return build.Outcome == BuildOutcome.Published ? build : throw new InvalidOperationException($"build of {sha} failed: {build.Error}");
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Urls"] = "http://127.0.0.1:0",
        ["Repository:Url"] = editor.BarePath,
        ["Repository:Branch"] = "main",
        // Long: the only rounds are the first one, the triggered ones and the timed no-change polls.
        ["Repository:PollInterval"] = "01:00:00",
        ["Repository:CachePath"] = Path.Combine(dataRoot, "cache", "content.git"),
        ["Releases:Root"] = Path.Combine(dataRoot, "site"),
        ["Releases:Keep"] = "3",
        ["Serving:Enabled"] = "false",
        ["Hooks:GenericToken"] = HookToken,
        // IKIM_BENCH_LOG_LEVEL=Information shows each build's stage timings (on standard error).
        ["Serilog:MinimumLevel:Default"] = Environment.GetEnvironmentVariable("IKIM_BENCH_LOG_LEVEL") ?? "Warning",
        ["Serilog:Using:0"] = "Serilog.Sinks.Console",
        ["Serilog:WriteTo:0:Name"] = "Console",
        ["Serilog:WriteTo:0:Args:standardErrorFromLevel"] = "Verbose",
    };
}
