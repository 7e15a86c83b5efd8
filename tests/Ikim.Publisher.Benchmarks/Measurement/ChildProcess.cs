using System.Diagnostics;

namespace Ikim.Publisher.Benchmarks.Measurement;

/// <summary>What one child process did: wall time, its processor time and peak resident memory (both as last sampled), and what it printed.</summary>
public sealed record ChildRun(TimeSpan Elapsed, TimeSpan? Cpu, long? PeakBytes, int ExitCode, string Output, string Error);

/// <summary>
/// Runs a fresh process and times it from start to exit. Its peak memory is read from its
/// <c>VmHWM</c> every 10 ms while it runs; the mark only grows, so the last read
/// before exit misses at most the last few milliseconds of growth.
/// </summary>
public static class ChildProcess
{
    /// <summary>
    /// The young-generation cap (hex bytes, 16 MiB) every deploy recipe and <c>dotnet run</c> give the
    /// worker (README "Memory"): the runtime reads it only from the environment, so children get it here.
    /// </summary>
    private const string Gen0Size = "1000000";

    public static ChildRun Run(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["DOTNET_GCgen0size"] = Gen0Size;
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long? peak = null;
        TimeSpan? cpu = null;
        while (!process.WaitForExit(10))
        {
            peak = PeakMemory.OfProcessBytes(process.Id) ?? peak;
            cpu = CpuTime.OfProcess(process.Id) ?? cpu;
        }

        var elapsed = watch.Elapsed;
        return new ChildRun(elapsed, cpu, peak, process.ExitCode, output.Result, error.Result);
    }

    /// <summary>How to start this benchmark program again (apphost, or <c>dotnet ikim-bench.dll</c>).</summary>
    public static (string FileName, string[] Prefix) Self()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? (host, [typeof(ChildProcess).Assembly.Location])
            : (host, []);
    }

    /// <summary>The publisher's own command line, <c>dotnet ikim-publisher.dll</c>, copied beside this program.</summary>
    public static (string FileName, string[] Prefix) Publisher()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ikim-publisher.dll");
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        return (host, [dll]);
    }
}
