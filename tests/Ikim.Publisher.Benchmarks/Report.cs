using System.Globalization;
using Ikim.Publisher.Benchmarks.Measurement;
using Ikim.Publisher.Benchmarks.Scenarios;

namespace Ikim.Publisher.Benchmarks;

/// <summary>Prints results as a Markdown table (pasteable into the README) plus the stage breakdowns.</summary>
internal static class Report
{
    public static void Write(TextWriter output, IReadOnlyList<ScenarioResult> results)
    {
        output.WriteLine("| scenario | pages | median | min | max | runs | CPU (median) | peak RSS | notes |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var result in results)
        {
            var samples = result.Samples;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {result.Name} | {result.Pages} | {Ms(samples.Median)} | {Ms(samples.Min)} | {Ms(samples.Max)} | {samples.Count} | {Ms(new Samples(result.CpuMilliseconds).Median)} | {Mb(result.PeakBytes)} | {result.Note} |"));
        }

        foreach (var result in results.Where(r => r.StageMedians.Count > 0))
        {
            var stages = string.Join(", ", result.StageMedians.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value:0} ms")));
            output.WriteLine($"stages, {result.Name}, {result.Pages} pages (medians): {stages}");
        }
    }

    public static string Machine()
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        return $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, load average {load}";
    }

    private static string Ms(double value) =>
        double.IsNaN(value) ? "–" : value >= 10_000 ? string.Create(CultureInfo.InvariantCulture, $"{value / 1000:0.0} s") : string.Create(CultureInfo.InvariantCulture, $"{value:0.#} ms");

    private static string Mb(long? bytes) => bytes is { } b and > 0 ? string.Create(CultureInfo.InvariantCulture, $"{b / 1024.0 / 1024.0:0} MB") : "–";
}
