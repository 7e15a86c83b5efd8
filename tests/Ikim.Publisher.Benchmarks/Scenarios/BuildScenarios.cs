using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Ikim.Publisher.Benchmarks.Generation;
using Ikim.Publisher.Benchmarks.Measurement;
using Ikim.Publisher.Site;
using Ikim.Publisher.Site.Markdown;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Benchmarks.Scenarios;

/// <summary>Full builds of a generated site folder: cold (a fresh publisher process each time) and warm (one process, builder reused).</summary>
public static partial class BuildScenarios
{
    /// <summary>A fixed <c>site.time</c>, so every run renders the same bytes.</summary>
    public static readonly DateTimeOffset SiteTime = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// <c>ikim-publisher build -s SITE -d OUT</c> in a fresh process per run, the output folder
    /// removed before each: runtime start-up, JIT and an empty page cache of our own included.
    /// </summary>
    public static ScenarioResult Cold(int pages, string site, string output, int runs)
    {
        var (host, prefix) = ChildProcess.Publisher();
        var environment = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = SiteTime.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) };
        var times = new List<double>();
        var cpu = new List<double>();
        var stages = new List<IEnumerable<(string, double)>>();
        long? peak = null;
        for (var i = 0; i < runs; i++)
        {
            Clear(output);
            var run = ChildProcess.Run(host, [.. prefix, "build", "-s", site, "-d", output], environment);
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"ikim-publisher build failed ({run.ExitCode}): {run.Error}{run.Output}");
            }

            times.Add(run.Elapsed.TotalMilliseconds);
            cpu.Add(run.Cpu?.TotalMilliseconds ?? double.NaN);
            stages.Add(StageLine().Matches(run.Output).Select(m => (m.Groups[1].Value, double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList());
            peak = Math.Max(peak ?? 0, run.PeakBytes ?? 0);
        }

        return new ScenarioResult("cold full build (fresh process)", pages, [.. times], peak, "ikim-publisher build, output written")
        {
            StageMedians = ScenarioResult.MedianStages(stages),
            CpuMilliseconds = [.. cpu],
        };
    }

    /// <summary>The builder in this process, one discarded warm-up run, then <paramref name="runs"/> timed builds into an emptied folder.</summary>
    public static ScenarioResult Warm(int pages, string site, string output, int runs)
    {
        var builder = new SiteBuilder(MarkdownPipelineFactory.Create());
        var times = new List<double>();
        var cpu = new List<double>();
        var stages = new List<IEnumerable<(string, double)>>();
        PeakMemory.ResetSelf();
        for (var i = 0; i <= runs; i++)
        {
            Clear(output);
            var watch = Stopwatch.StartNew();
            var cpuBefore = CpuTime.OfSelf();
            var result = builder.Build(new BuildRequest(new DirectorySourceTree(site), output, SiteTime));
            if (i == 0)
            {
                continue;
            }

            times.Add(watch.Elapsed.TotalMilliseconds);
            cpu.Add((CpuTime.OfSelf() - cpuBefore).TotalMilliseconds);
            stages.Add(result.Stages.Select(s => (s.Stage, s.Elapsed.TotalMilliseconds)).ToList());
        }

        return new ScenarioResult("warm full build (same process)", pages, [.. times], PeakMemory.OfSelfBytes(), "SiteBuilder.Build, output written")
        {
            StageMedians = ScenarioResult.MedianStages(stages),
            CpuMilliseconds = [.. cpu],
        };
    }

    /// <summary>
    /// The builder alone on one-post commits, as the worker runs it but without the webhook, the fetch,
    /// the manifest and the seal: each commit's tree read from the bare repository (listed from the
    /// previous one), the destination holding hard links of the previous output (made with
    /// <c>cp -al</c>, not timed, as the worker drafts while idle), the previous build's state given.
    /// One discarded round first. Its stage medians say where an incremental build's time goes.
    /// </summary>
    public static ScenarioResult Incremental(SiteSpec spec, EditorClone editor, string work, int runs)
    {
        var builder = new SiteBuilder(MarkdownPipelineFactory.Create());
        var edits = new SiteEdits(spec, editor.ClonePath);
        var times = new List<double>();
        var cpu = new List<double>();
        var stages = new List<IEnumerable<(string, double)>>();
        var sha = editor.CommitAndPush("Generated site");
        using var first = Ikim.Publisher.Git.GitSourceTree.Open(editor.BarePath, sha);
        var previous = Path.Combine(work, "incremental-0");
        var result = builder.Build(new BuildRequest(first, previous, SiteTime));
        var listing = first.Listing;
        PeakMemory.ResetSelf();
        for (var round = 1; round <= runs + 1; round++)
        {
            sha = editor.CommitAndPush($"Edit {edits.Apply(EditKind.Page, round)} (round {round})");
            var destination = Path.Combine(work, $"incremental-{round}");
            Prelink(previous, destination);
            var prelinked = Sizes(previous, result.Files);
            var watch = Stopwatch.StartNew();
            var cpuBefore = CpuTime.OfSelf();
            using var tree = Ikim.Publisher.Git.GitSourceTree.Open(editor.BarePath, sha, previous: listing);
            var opened = watch.Elapsed.TotalMilliseconds;
            result = builder.Build(new BuildRequest(tree, destination, SiteTime) { Previous = result.State, PreviousOutput = previous, Prelinked = prelinked });
            if (round > 1)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
                cpu.Add((CpuTime.OfSelf() - cpuBefore).TotalMilliseconds);
                stages.Add(result.Stages.Select(s => (s.Stage, s.Elapsed.TotalMilliseconds)).Prepend(("open tree", opened)).ToList());
            }

            Clear(previous);
            (previous, listing) = (destination, tree.Listing);
        }

        Clear(previous);
        return new ScenarioResult("one-page change, builder only", spec.Pages, [.. times], PeakMemory.OfSelfBytes(), "tree opened from the bare repository + SiteBuilder.Build into a prelinked destination")
        {
            StageMedians = ScenarioResult.MedianStages(stages),
            CpuMilliseconds = [.. cpu],
        };
    }

    private static void Prelink(string from, string to)
    {
        using var copy = Process.Start("cp", ["-al", from, to]) ?? throw new InvalidOperationException("cp could not start");
        copy.WaitForExit();
        if (copy.ExitCode != 0)
        {
            throw new InvalidOperationException($"cp -al {from} {to} failed ({copy.ExitCode})");
        }
    }

    /// <summary>The files' sizes, as the worker knows them from the previous release's manifest.</summary>
    private static Dictionary<string, long> Sizes(string folder, IEnumerable<string> files) =>
        files.ToDictionary(file => file, file => new FileInfo(Path.Combine(folder, file)).Length, StringComparer.Ordinal);

    private static void Clear(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"(\w+) (\d+) ms")]
    private static partial Regex StageLine();
}
