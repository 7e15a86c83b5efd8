using System.Text;
using Ikim.Publisher.Cli;
using Ikim.Publisher.Operations;
using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;

namespace Ikim.Publisher.Tests.Cli;

public sealed class LogsCommandTests
{
    private const string Failed = """{"@t":"2026-11-27T12:11:49.5560000Z","@mt":"Build {BuildId} of {Commit} failed after {ElapsedMs} ms at {Position}: {Reason}; the live release stays","@l":"Error","BuildId":"20261127T121149556Z-1a2b3c4d5e6f","Commit":"1a2b3c4d5e6f","ElapsedMs":31,"Position":"groups.md:6:1","Reason":"Liquid syntax error","SourceContext":"Ikim.Publisher.Worker.CommitPublisher"}""";

    [Fact]
    public void Compact_json_lines_read_as_one_line_per_event_in_utc()
    {
        Assert.Equal(
            "2026-11-27 12:11:49.556Z ERR Build 20261127T121149556Z-1a2b3c4d5e6f of 1a2b3c4d5e6f failed after 31 ms at groups.md:6:1: Liquid syntax error; the live release stays\n",
            ReadableLog.Format(Failed));
        Assert.Equal(
            "2026-11-27 12:00:00.000Z INF Fetched {\"not\": \"a property\"} 3 times\n",
            ReadableLog.Format("""{"@t":"2026-11-27T12:00:00Z","@mt":"Fetched {{\"not\": \"a property\"}} {Count} times","Count":3}"""));
        Assert.Equal(
            "2026-11-27 12:00:00.000Z WRN Fetch failed\nLibGit2Sharp.LibGit2SharpException: too many redirects\n   at X.Y()\n",
            ReadableLog.Format("""{"@t":"2026-11-27T12:00:00Z","@mt":"Fetch failed","@l":"Warning","@x":"LibGit2Sharp.LibGit2SharpException: too many redirects\n   at X.Y()"}"""));
        Assert.Null(ReadableLog.Format("{\"@t\":\"2026-11-27T12:0"));
        Assert.Null(ReadableLog.Format("plain text"));
    }

    [Fact]
    public async Task Logs_finds_the_configured_file_and_a_builds_own_log_from_appsettings()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\n{% for x in y %}");
        var broken = editor.CommitAndPush("Broken loop");
        var data = temp.Combine("data");
        BuildRecord failed;
        await using (var publisher = await RunningPublisher.StartAsync(data, editor.BarePath))
        {
            failed = await publisher.BuildOf(broken);
        }

        // The folder an operator runs the command in: its appsettings.json names the log and the releases.
        var folder = temp.Combine("ops");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "appsettings.json"), $$"""
            {
              "Releases": { "Root": "../data/site" },
              "Serilog": { "WriteTo": [
                { "Name": "Console" },
                { "Name": "File", "Args": { "path": "../data/logs/publisher.json", "formatter": "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact" } } ] }
            }
            """);

        var (code, output, error) = await Run(folder, "-n", "3");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.All(lines, line => Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}Z (INF|WRN|ERR) \S", line));

        (code, output, _) = await Run(folder, "--build", failed.BuildId);
        Assert.Equal(0, code);
        Assert.Contains($" INF Build {failed.BuildId} started for {broken[..12]} by Erika Editor: Broken loop\n", output);
        Assert.Matches($@" ERR Build {failed.BuildId} .*{broken[..12]}.* at index\.html:3:", output);
        Assert.All(output.TrimEnd('\n').Split('\n'), line => Assert.Contains(failed.BuildId, line));

        (code, _, error) = await Run(folder, "--build", "20200101T000000000Z-000000000000");
        Assert.Equal(1, code);
        Assert.Contains("no log for build", error);
        (code, _, _) = await Run(folder, "--build", "../../etc/passwd");
        Assert.Equal(1, code);
        (code, _, _) = await Run(folder, "--lines");
        Assert.Equal(2, code);
    }

    [Fact]
    public async Task Follow_prints_events_as_they_are_written_and_waits_for_a_torn_line_to_complete()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("publisher.json");
        await File.WriteAllTextAsync(file, Failed + "\n");
        var output = new SignallingWriter();
        using var stop = new CancellationTokenSource();

        var follow = LogsCommand.RunAsync(["--follow", "--file", file], output, TextWriter.Null, temp.Path, stop.Token);
        await output.WaitFor("Liquid syntax error");

        // The writer appends half an event, then the rest: only the complete event is printed, once.
        var next = """{"@t":"2026-11-27T12:12:00.0000000Z","@mt":"Build {BuildId} published","BuildId":"b-2"}""" + "\n";
        await using (var stream = new FileStream(file, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
        {
            var bytes = Encoding.UTF8.GetBytes(next);
            stream.Write(bytes, 0, 30);
            stream.Flush();
            stream.Write(bytes, 30, bytes.Length - 30);
        }

        await output.WaitFor("Build b-2 published");
        await stop.CancelAsync();
        Assert.Equal(0, await follow.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(
            "2026-11-27 12:11:49.556Z ERR Build 20261127T121149556Z-1a2b3c4d5e6f of 1a2b3c4d5e6f failed after 31 ms at groups.md:6:1: Liquid syntax error; the live release stays\n" +
            "2026-11-27 12:12:00.000Z INF Build b-2 published\n",
            output.ToString());
    }

    private static async Task<(int Code, string Output, string Error)> Run(string folder, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await LogsCommand.RunAsync(args, output, error, folder);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Collects output and lets a test await a piece of text in it.</summary>
    private sealed class SignallingWriter : StringWriter
    {
        private readonly Lock _gate = new();
        private readonly List<(string Text, TaskCompletionSource Seen)> _waiters = [];

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(string? value)
        {
            lock (_gate)
            {
                base.Write(value);
                var text = ToString();
                foreach (var waiter in _waiters.Where(w => text.Contains(w.Text, StringComparison.Ordinal)).ToList())
                {
                    waiter.Seen.TrySetResult();
                    _waiters.Remove(waiter);
                }
            }
        }

        public override Task WriteAsync(string? value)
        {
            Write(value);
            return Task.CompletedTask;
        }

        public Task WaitFor(string text)
        {
            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                if (ToString().Contains(text, StringComparison.Ordinal))
                {
                    return Task.CompletedTask;
                }

                _waiters.Add((text, seen));
            }

            return seen.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }
}
