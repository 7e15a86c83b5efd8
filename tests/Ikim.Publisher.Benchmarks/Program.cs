using System.Text.Json;
using Ikim.Publisher.Benchmarks;
using Ikim.Publisher.Benchmarks.Generation;
using Ikim.Publisher.Benchmarks.Measurement;
using Ikim.Publisher.Benchmarks.Scenarios;

// ikim-bench generate --pages N [--news posts|pages] --out DIR [--hugo DIR]
// ikim-bench bench [--pages 1000,10000] [--runs 5] [--news posts|pages] [--scenarios cold,warm,incremental,worker] [--work DIR] [--keep] [--json FILE]
const string Usage = "usage: ikim-bench generate --pages N [--news posts|pages] --out DIR [--hugo DIR]\n" +
    "       ikim-bench bench [--pages 1000,10000] [--runs 5] [--news posts|pages] [--scenarios cold,warm,incremental,worker] [--work DIR] [--keep] [--json FILE]";

if (args.Length == 0)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

try
{
    var options = new Options(args[1..]);
    switch (args[0])
    {
        case "generate":
            var spec = SiteSpec.Create(options.Int("pages", 1000), options.News);
            SiteGenerator.WriteJekyll(spec, options.Require("out"));
            if (options.Get("hugo") is { } hugo)
            {
                SiteGenerator.WriteHugo(spec, hugo);
            }

            Console.WriteLine($"generated {spec.Pages} pages: {spec.Posts} posts ({spec.News}), {spec.People} people, {spec.Projects} projects, {spec.Tags} tags");
            return 0;
        case "bench":
            return await Bench.RunAsync(options, Console.Out);
        case "worker-child":
            var results = await new WorkerScenarios(
                SiteSpec.Create(options.Int("pages", 1000), options.News),
                EditorClone.Open(options.Require("bare"), options.Require("clone")),
                options.Require("data"),
                options.Int("runs", 5)).RunAsync();
            Console.WriteLine(JsonSerializer.Serialize(results));
            return 0;
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}

/// <summary>The <c>bench</c> command: every scenario at every size, printed as one table.</summary>
internal static class Bench
{
    public static async Task<int> RunAsync(Options options, TextWriter output)
    {
        var runs = options.Int("runs", 5);
        var scenarios = (options.Get("scenarios") ?? "cold,warm,incremental,worker").Split(',');
        var results = new List<ScenarioResult>();
        output.WriteLine($"machine: {Report.Machine()}");
        foreach (var pages in options.Ints("pages", 1000))
        {
            var spec = SiteSpec.Create(pages, options.News);
            var work = Path.Combine(options.Get("work") ?? Path.GetTempPath(), $"ikim-bench-{pages}-{Guid.NewGuid():N}");
            try
            {
                var editor = EditorClone.Create(Directory.CreateDirectory(work).FullName);
                SiteGenerator.WriteJekyll(spec, editor.ClonePath);
                output.WriteLine($"{pages} pages: {spec.Posts} posts ({spec.News}), {spec.People} people, {spec.Projects} projects, {spec.Tags} tags; in {work}");
                var destination = Path.Combine(work, "_site");
                if (scenarios.Contains("cold"))
                {
                    results.Add(BuildScenarios.Cold(pages, editor.ClonePath, destination, runs));
                }

                if (scenarios.Contains("warm"))
                {
                    results.Add(BuildScenarios.Warm(pages, editor.ClonePath, destination, runs));
                }

                if (scenarios.Contains("incremental"))
                {
                    results.Add(BuildScenarios.Incremental(spec, editor, work, runs));
                }

                if (scenarios.Contains("worker"))
                {
                    results.AddRange(WorkerChild(spec, editor, Path.Combine(work, "data"), runs));
                }
            }
            finally
            {
                if (!options.Has("keep") && Directory.Exists(work))
                {
                    Directory.Delete(work, recursive: true);
                }
            }
        }

        output.WriteLine($"after: load average {Report.Machine().Split("load average ")[^1]}");
        Report.Write(output, results);
        if (options.Get("json") is { } json)
        {
            await File.WriteAllTextAsync(json, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
        }

        return 0;
    }

    private static IReadOnlyList<ScenarioResult> WorkerChild(SiteSpec spec, EditorClone editor, string data, int runs)
    {
        var (host, prefix) = ChildProcess.Self();
        var run = ChildProcess.Run(host, [.. prefix, "worker-child", "--pages", spec.Pages.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--news", spec.News.ToString(), "--bare", editor.BarePath, "--clone", editor.ClonePath, "--data", data, "--runs", runs.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"worker scenarios failed ({run.ExitCode}): {run.Error}");
        }

        if (Environment.GetEnvironmentVariable("IKIM_BENCH_LOG_LEVEL") is not null)
        {
            // The worker's log, asked for: passed on once the child is done.
            Console.Error.Write(run.Error);
        }

        return JsonSerializer.Deserialize<List<ScenarioResult>>(run.Output.TrimEnd().Split('\n')[^1]) ?? [];
    }
}
