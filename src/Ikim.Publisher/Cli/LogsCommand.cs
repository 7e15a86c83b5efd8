using System.Text;
using Ikim.Publisher.Operations;

namespace Ikim.Publisher.Cli;

/// <summary>
/// <c>ikim-publisher logs [-f|--follow] [--build ID] [-n|--lines N] [--file PATH]</c>: prints the
/// worker's compact-JSON log as readable lines (time in UTC, level, message, exception). By
/// default the newest N events of the log named in <c>appsettings.json</c>; with <c>--build</c>
/// the whole log of one build, kept beside the releases. <c>--follow</c> keeps printing new
/// events as they are written, across daily rolls, until interrupted.
/// </summary>
public static class LogsCommand
{
    private const string Usage = "usage: ikim-publisher logs [-f|--follow] [--build ID] [-n|--lines N] [--file PATH]";
    private static readonly TimeSpan FollowInterval = TimeSpan.FromMilliseconds(250);

    /// <param name="folder">Where the worker runs (its appsettings.json and relative paths); the current folder from the command line.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, string folder, CancellationToken cancellationToken = default)
    {
        if (!TryParse(args, out var options, out var problem))
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var source = Locate(options, folder, out problem);
        if (source is null)
        {
            await error.WriteLineAsync(problem);
            return 1;
        }

        var (lines, position) = Tail(source(), options.Lines);
        foreach (var line in lines)
        {
            await Print(line, output);
        }

        if (options.Follow)
        {
            await Follow(source, position, output, cancellationToken);
        }

        return 0;
    }

    /// <summary>A function giving the files to read, oldest first (re-evaluated while following, to see rolls).</summary>
    private static Func<IReadOnlyList<FileInfo>>? Locate(LogsOptions options, string folder, out string problem)
    {
        problem = "";
        var configuration = WorkerSettings.Load(folder);
        if (options.Build is { } build)
        {
            var releasesRoot = Path.GetFullPath(configuration["Releases:Root"] ?? "data/site", folder);
            if (BuildLogs.PathFor(releasesRoot, build) is not { } path || !File.Exists(path))
            {
                problem = $"no log for build '{build}' in {Path.Combine(releasesRoot, "logs")} (kept for kept releases and the newest failed builds)";
                return null;
            }

            return () => [new FileInfo(path)];
        }

        if ((options.File ?? WorkerSettings.JsonLogPath(configuration)) is not { } named)
        {
            problem = "no compact-JSON file sink under Serilog:WriteTo in appsettings.json; name the file with --file";
            return null;
        }

        var configured = Path.GetFullPath(named, folder);
        if (LogFiles.Of(configured).Count == 0)
        {
            problem = $"no log file matches {configured} yet";
            return null;
        }

        return () => LogFiles.Of(configured);
    }

    /// <summary>The last <paramref name="count"/> lines over the files (newest file last), and where the newest file's complete lines end.</summary>
    private static (IReadOnlyList<string> Lines, (string File, long Offset) Position) Tail(IReadOnlyList<FileInfo> files, int? count)
    {
        var lines = new List<string>();
        long end = 0;
        for (var i = files.Count - 1; i >= 0; i--)
        {
            var bytes = File.ReadAllBytes(files[i].FullName);
            // Stop at the last newline: a torn last line is printed whole once following reads the rest.
            var complete = Array.LastIndexOf(bytes, (byte)'\n') + 1;
            if (i == files.Count - 1)
            {
                end = complete;
            }

            if (count is { } n && lines.Count >= n)
            {
                break;
            }

            lines.InsertRange(0, Encoding.UTF8.GetString(bytes, 0, complete).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        var taken = count is { } limit && lines.Count > limit ? lines[^limit..] : lines;
        return (taken, (files[^1].FullName, end));
    }

    private static async Task Follow(Func<IReadOnlyList<FileInfo>> source, (string File, long Offset) position, TextWriter output, CancellationToken cancellationToken)
    {
        var (file, offset) = position;
        while (!cancellationToken.IsCancellationRequested)
        {
            offset = await PrintNewLines(file, offset, output);
            var newest = source() is { Count: > 0 } files ? files[^1].FullName : file;
            if (newest != file)
            {
                // Rolled: finish the old file first, then start the new one from its beginning.
                await PrintNewLines(file, offset, output);
                (file, offset) = (newest, 0);
                continue;
            }

            try
            {
                await Task.Delay(FollowInterval, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Prints the complete lines after <paramref name="offset"/>; returns the offset after the last one.</summary>
    private static async Task<long> PrintNewLines(string file, long offset, TextWriter output)
    {
        byte[] bytes;
        try
        {
            using var stream = Open(file);
            if (stream.Length <= offset)
            {
                return stream.Length < offset ? 0 : offset;
            }

            stream.Position = offset;
            bytes = new byte[stream.Length - offset];
            stream.ReadExactly(bytes);
        }
        catch (FileNotFoundException)
        {
            return offset;
        }

        var complete = Array.LastIndexOf(bytes, (byte)'\n') + 1;
        foreach (var line in Encoding.UTF8.GetString(bytes, 0, complete).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            await Print(line, output);
        }

        await output.FlushAsync();
        return offset + complete;
    }

    private static FileStream Open(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    private static Task Print(string line, TextWriter output) => output.WriteAsync(ReadableLog.Format(line) ?? line + "\n");

    private static bool TryParse(string[] args, out LogsOptions options, out string problem)
    {
        options = new LogsOptions();
        problem = "";
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "-f" or "--follow":
                    options.Follow = true;
                    continue;
                case "--build" when value is not null:
                    options.Build = value;
                    break;
                case "--file" when value is not null:
                    options.File = value;
                    break;
                case "-n" or "--lines" when int.TryParse(value, out var lines) && lines >= 0:
                    options.Lines = lines;
                    break;
                default:
                    problem = $"unknown or incomplete option '{args[i]}'";
                    return false;
            }

            i++;
        }

        // A build's log is short and read whole; the worker's log is tailed.
        options.Lines ??= options.Build is null ? 100 : null;
        return true;
    }

    private sealed class LogsOptions
    {
        public bool Follow { get; set; }

        public string? Build { get; set; }

        public string? File { get; set; }

        public int? Lines { get; set; }
    }
}
