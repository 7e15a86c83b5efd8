using System.Text.Json.Serialization;
using Ikim.Publisher.Benchmarks.Measurement;

namespace Ikim.Publisher.Benchmarks.Scenarios;

/// <summary>
/// One scenario's measurements in milliseconds (wall time, and processor time where measured), with the peak resident memory of the process
/// that did the work and the median time of each build stage where the builder reported them.
/// Plain data, so the worker scenarios can hand it from their child process as JSON.
/// </summary>
public sealed record ScenarioResult(string Name, int Pages, double[] Milliseconds, long? PeakBytes, string Note)
{
    public Dictionary<string, double> StageMedians { get; init; } = [];

    /// <summary>Processor time (all threads, user + system) of each run, where measured.</summary>
    public double[] CpuMilliseconds { get; init; } = [];

    [JsonIgnore]
    public Samples Samples => new(Milliseconds);

    public static Dictionary<string, double> MedianStages(IEnumerable<IEnumerable<(string Stage, double Ms)>> runs) =>
        runs.SelectMany(run => run)
            .GroupBy(s => s.Stage)
            .ToDictionary(g => g.Key, g => new Samples(g.Select(s => s.Ms)).Median);
}
