using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
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
