using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Ikim.Publisher.Operations;
using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Ikim.Publisher.Tests.Worker;

/// <summary>A misbehaving remote over real HTTP: down, stalled, refusing credentials. The live release is served throughout.</summary>
public sealed class RemoteFaultTests
{
    [Fact]
    public async Task Unreachable_remote_backs_off_logs_once_keeps_serving_and_recovers_by_itself()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nv1");
        var v1 = editor.CommitAndPush("v1");
        var server = await GitHttpServer.StartAsync(temp.Path);
        var port = server.Port;
        var logs = new LogRecorder();
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), server.UrlFor("server.git"), new Dictionary<string, string?>
        {
            ["Repository:MaxBackoff"] = "00:00:00.400",
        }, s => s.AddSingleton<ILogEventSink>(logs));
        var poll = publisher.Services.GetRequiredService<PollState>();
        Assert.Equal(BuildOutcome.Published, (await publisher.BuildOf(v1)).Outcome);

        await server.DisposeAsync();
        await Eventually.HoldsAsync(() => poll.ConsecutiveFailures >= 4, "four fetches failed in a row");

        Assert.Equal("v1", await publisher.Http.GetStringAsync("/"));
        Assert.Contains("127.0.0.1", poll.LastError);
        // The stop may reset a fetch in flight before the refusals start: one outage, one warning either way.
        var warning = Assert.Single(logs.Events, e => e.Level == LogEventLevel.Warning && e.MessageTemplate.Text.StartsWith("Fetch of", StringComparison.Ordinal));
        Assert.Equal("Unreachable", LogRecorder.Property(warning, "FailureKind"));
        Assert.True(poll.NextDelay(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(400)) <= TimeSpan.FromMilliseconds(400));

        editor.Write("index.html", "---\n---\nv2");
        var v2 = editor.CommitAndPush("v2");
        await using var back = await GitHttpServer.StartAsync(temp.Path, port: port);
        Assert.Equal(BuildOutcome.Published, (await publisher.BuildOf(v2)).Outcome);
        Assert.Equal("v2", await publisher.Http.GetStringAsync("/"));
        Assert.Equal(0, poll.ConsecutiveFailures);
        Assert.True(poll.TotalFailures >= 4);
        Assert.Contains(logs.Events, e => e.MessageTemplate.Text.Contains("works again after", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_remote_that_drops_the_fetch_in_flight_and_then_refuses_is_one_outage_with_one_warning()
    {
        using var temp = new TempFolder();
        await using var remote = DroppingRemote.Start();
        var logs = new LogRecorder();
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), remote.Url, new Dictionary<string, string?>
        {
            ["Repository:MaxBackoff"] = "00:00:00.200",
        }, s => s.AddSingleton<ILogEventSink>(logs));
        var poll = publisher.Services.GetRequiredService<PollState>();
        await remote.Dropped;
        await Eventually.HoldsAsync(() => poll.ConsecutiveFailures >= 3, "three fetches failed in a row");

        Assert.Contains("Connection refused", poll.LastError);
        var warning = Assert.Single(logs.Events, e => e.Level == LogEventLevel.Warning && e.MessageTemplate.Text.StartsWith("Fetch of", StringComparison.Ordinal));
        // The one warning names the outage's first cause (the dropped answer), not the refusals after it.
        Assert.DoesNotContain("refused", LogRecorder.Property(warning, "Reason"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Unreachable", LogRecorder.Property(warning, "FailureKind"));
        Assert.Equal(remote.Url, LogRecorder.Property(warning, "Remote"));
        // /status tells the operator the kind beside the latest cause.
        var status = (await publisher.Http.GetFromJsonAsync<StatusReport>("/status", StatusReport.Json))!;
        Assert.Equal("unreachable", status.Poll.LastErrorKind);
        Assert.Contains("Connection refused", status.Poll.LastError);
    }

    [Fact]
    public async Task A_remote_that_accepts_and_then_stalls_fails_the_fetch_after_the_timeout()
    {
        using var temp = new TempFolder();
        using var stalled = new TcpListener(IPAddress.Loopback, 0);
        stalled.Start();
        var held = new List<TcpClient>();
        var accepting = Task.Run(async () =>
        {
            // Accept and never answer, like a remote behind a hung proxy.
            while (true)
            {
                var client = await stalled.AcceptTcpClientAsync();
                lock (held)
                {
                    held.Add(client);
                }
            }
        });
        var port = ((IPEndPoint)stalled.LocalEndpoint).Port;

        // libgit2's timeouts are process-wide: this worker runs in its own process.
        var env = ChildPublisher.WorkerEnvironment(temp.Combine("data"), $"http://127.0.0.1:{port}/site.git");
        env["Repository__FetchTimeout"] = "00:00:00.300";
        env["Repository__MaxBackoff"] = "00:00:00.200";
        await using (var worker = ChildPublisher.Start(temp.Path, env))
        {
            await worker.WaitForLineAsync("timed out");
            await Eventually.HoldsAsync(() => { lock (held) { return held.Count >= 4; } }, "four fetches reached the stalled remote");
            worker.Terminate();
            Assert.Equal(0, await worker.WaitForExitAsync());
            Assert.Single(worker.Lines, l => l.Contains("Fetch of", StringComparison.Ordinal));
            Assert.DoesNotContain(worker.Lines, l => l.Contains("Build", StringComparison.Ordinal));
        }

        stalled.Stop();
        held.ForEach(c => c.Dispose());
        _ = accepting.Exception;
    }

    [Fact]
    public async Task Rejected_credentials_fail_with_a_cause_and_a_rotated_token_file_works_without_a_restart()
    {
        const string rightToken = "glpat-RIGHT-8c1f2e3d4a5b";
        const string wrongToken = "glpat-WRONG-0a9b8c7d6e5f";
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nprivate");
        var sha = editor.CommitAndPush("private site");
        await using var server = await GitHttpServer.StartAsync(temp.Path, "x-access-token", rightToken);
        var tokenFile = temp.Combine("token");
        await File.WriteAllTextAsync(tokenFile, wrongToken + "\n");

        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), server.UrlFor("server.git"), new Dictionary<string, string?>
        {
            ["Repository:Credentials:TokenFile"] = tokenFile,
            ["Repository:MaxBackoff"] = "00:00:00.300",
        });
        var poll = publisher.Services.GetRequiredService<PollState>();
        await Eventually.HoldsAsync(() => poll.ConsecutiveFailures >= 3, "three fetches were refused");
        Assert.Contains("rejected the configured credentials", poll.LastError);
        // One offer per fetch: a wrong token costs one refused request, libgit2 does not loop on it.
        Assert.InRange(server.Rejected, poll.ConsecutiveFailures, poll.ConsecutiveFailures * 2 + 2);

        // The token is rotated on disk; the next fetch reads it.
        await File.WriteAllTextAsync(tokenFile, rightToken + "\n");
        Assert.Equal(BuildOutcome.Published, (await publisher.BuildOf(sha)).Outcome);
        Assert.Equal("private", await publisher.Http.GetStringAsync("/"));

        var log = await File.ReadAllTextAsync(publisher.LogPath);
        Assert.Contains("rejected the configured credentials", log);
        Assert.DoesNotContain(wrongToken, log);
        Assert.DoesNotContain(rightToken, log);
        Assert.DoesNotContain(rightToken, string.Join("\n", publisher.History.Builds.Select(b => b.Error)));
    }

    [Fact]
    public async Task Inline_password_from_the_environment_works_and_never_reaches_the_log_or_status()
    {
        const string password = "s3cret-Pa55-7f6e";
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nuser and password");
        var sha = editor.CommitAndPush("v1");
        await using var server = await GitHttpServer.StartAsync(temp.Path, "erika", password);
        // A URL with credentials in it is masked too, whatever the remote says about it.
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), server.UrlFor("server.git"), new Dictionary<string, string?>
        {
            ["Repository:Credentials:Username"] = "erika",
            ["Repository:Credentials:Password"] = password,
        });

        Assert.Equal(BuildOutcome.Published, (await publisher.BuildOf(sha)).Outcome);
        Assert.DoesNotContain(password, await File.ReadAllTextAsync(publisher.LogPath));
    }
}
