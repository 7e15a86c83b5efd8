using System.Diagnostics;

namespace Ikim.Publisher.Tests.Deploy;

/// <summary>Runs a system program (nginx -t, systemd-analyze) to completion and hands back what it said.</summary>
internal static class ExternalTool
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public sealed record Result(int ExitCode, string Output)
    {
        public override string ToString() => $"exit code {ExitCode}:\n{Output}";
    }

    /// <summary>
    /// The tools are installed by .ci/run; a machine without one fails here with the install
    /// command rather than passing a test that checked nothing.
    /// </summary>
    public static string Require(string name, string package)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(["/usr/sbin", "/sbin"]))
        {
            var candidate = System.IO.Path.Combine(folder, name);
            if (folder.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"{name} is not installed: apt-get install -y {package} (.ci/run does this)");
    }

    public static async Task<Result> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {Limit}");
        }

        return new Result(process.ExitCode, (await stdout) + (await stderr));
    }
}
