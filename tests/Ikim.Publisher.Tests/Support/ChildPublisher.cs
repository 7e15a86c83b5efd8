using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Ikim.Publisher.Tests.Support;

/// <summary>
/// The real program as a child process (<c>dotnet ikim-publisher.dll</c>), configured through
/// the environment like an operator would, with its console log captured line by line so tests
/// can wait for what it says instead of sleeping. Killed (SIGKILL) on dispose if still running.
/// </summary>
public sealed partial class ChildPublisher : IAsyncDisposable
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly Lock _gate = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Waiter)> _waiters = [];
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildPublisher(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.EnableRaisingEvents = true;
        _process.Exited += (_, _) => _exited.TrySetResult();
    }

    /// <summary>The checkout the tests run from (the folder holding Ikim.Publisher.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The worker's dll, built beside the tests (same configuration).</summary>
    public static string DllPath { get; } = FindDll();

    public int Id => _process.Id;

    public IReadOnlyCollection<string> Lines => _lines.ToArray();

    public string Output => string.Join('\n', _lines);

    /// <summary>The environment a worker needs for a temp data folder and a repository, logging plain lines to the console.</summary>
    public static Dictionary<string, string> WorkerEnvironment(string dataRoot, string repositoryUrl, int keep = 3) => new()
    {
        ["Urls"] = "http://127.0.0.1:0",
        ["Repository__Url"] = repositoryUrl,
        ["Repository__Branch"] = "main",
        ["Repository__PollInterval"] = "00:00:00.100",
        ["Repository__CachePath"] = Path.Combine(dataRoot, "cache", "content.git"),
        ["Releases__Root"] = Path.Combine(dataRoot, "site"),
        ["Releases__Keep"] = keep.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Build__MinFreeDiskMegabytes"] = "0",
        ["Serving__Enabled"] = "false",
        ["Serilog__Using__0"] = "Serilog.Sinks.Console",
        ["Serilog__WriteTo__0__Name"] = "Console",
        ["Serilog__WriteTo__0__Args__outputTemplate"] = "{Level:u3} {Message:lj}{NewLine}{Exception}",
        ["Serilog__MinimumLevel__Default"] = "Information",
        ["Serilog__MinimumLevel__Override__Microsoft"] = "Warning",
    };

    public static ChildPublisher Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var child = new ChildPublisher(process);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs a command (<c>releases</c>, <c>rollback</c>, <c>build</c>...) to its end.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        await using var child = Start(workingDirectory, environment, args);
        var exit = await child.WaitForExitAsync();
        return (exit, child.Output);
    }

    /// <summary>Completes with the first output line, past or future, that matches.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan? limit = null)
    {
        var waiter = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var existing = _lines.FirstOrDefault(match);
            if (existing is not null)
            {
                return existing;
            }

            _waiters.Add((match, waiter));
        }

        var done = await Task.WhenAny(waiter.Task, _exited.Task, Task.Delay(limit ?? WaitLimit));
        if (done == waiter.Task)
        {
            return await waiter.Task;
        }

        // The process may have printed the line just before exiting.
        await Task.WhenAny(waiter.Task, Task.Delay(TimeSpan.FromSeconds(1)));
        return waiter.Task.IsCompletedSuccessfully
            ? waiter.Task.Result
            : throw new TimeoutException($"The worker {(done == _exited.Task ? "exited" : "did not say it in time")}; its output:\n{Output}");
    }

    public Task<string> WaitForLineAsync(string contains, TimeSpan? limit = null) =>
        WaitForLineAsync(line => line.Contains(contains, StringComparison.Ordinal), limit);

    /// <summary>SIGKILL: no chance to clean up, as in a power cut of the process.</summary>
    public void Kill() => Signal(9);

    /// <summary>SIGTERM: what systemd and Kubernetes send to stop the worker.</summary>
    public void Terminate() => Signal(15);

    public async Task<int> WaitForExitAsync(TimeSpan? limit = null)
    {
        using var timeout = new CancellationTokenSource(limit ?? WaitLimit);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Signal(int signal)
    {
        if (kill(_process.Id, signal) != 0 && !_process.HasExited)
        {
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        List<TaskCompletionSource<string>> ready;
        lock (_gate)
        {
            _lines.Enqueue(line);
            ready = _waiters.Where(w => w.Match(line)).Select(w => w.Waiter).ToList();
            _waiters.RemoveAll(w => ready.Contains(w.Waiter));
        }

        foreach (var waiter in ready)
        {
            waiter.TrySetResult(line);
        }
    }

    private static string FindRepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Ikim.Publisher.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("Ikim.Publisher.sln not found above the test folder.");
    }

    private static string FindDll()
    {
        // tests/Ikim.Publisher.Tests/bin/<Configuration>/<tfm>/ → src/Ikim.Publisher/bin/<Configuration>/<tfm>/ikim-publisher.dll
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
        var dll = Path.Combine(RepositoryRoot, "src", "Ikim.Publisher", "bin", testBin.Parent!.Name, testBin.Name, "ikim-publisher.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/Ikim.Publisher first.", dll);
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int signal);
}
