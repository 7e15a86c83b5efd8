using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Ikim.Publisher.Tests.Operations;

/// <summary>Webhook secrets, the admin token and remote credentials never reach logs, status or metrics.</summary>
public sealed class SecretsStayOutTests
{
    [Fact]
    public async Task Secrets_used_right_and_wrong_appear_in_no_log_status_page_or_metric()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nv1");
        var v1 = editor.CommitAndPush("v1");
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath, ForgeHooks.AllSecrets());
        await publisher.BuildOf(v1);

        // Each provider: once with another provider's secret in its header, once right.
        string[] providers = ["github", "gitlab", "gitea", "forgejo", "generic-hmac", "generic-bearer"];
        foreach (var (provider, i) in providers.Select((p, i) => (p, i)))
        {
            var wrong = ForgeHooks.SecretOf(providers[(i + 2) % providers.Length]);
            using var refused = await publisher.Http.SendAsync(ForgeHooks.Push(provider, "refs/heads/main", v1, wrong));
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            using var accepted = await publisher.Http.SendAsync(ForgeHooks.Push(provider, "refs/heads/main", v1, ForgeHooks.SecretOf(provider)));
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        foreach (var token in new[] { ForgeHooks.GitHubSecret, ForgeHooks.AdminToken })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/_publisher/admin/pin");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await publisher.Http.SendAsync(request);
        }

        // A failed build, so a build log with an error is among what is searched.
        editor.Write("index.html", "---\n---\n{% if %}");
        var broken = editor.CommitAndPush("broken");
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/_publisher/admin/unpin"))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ForgeHooks.AdminToken);
            Assert.Equal(HttpStatusCode.OK, (await publisher.Http.SendAsync(request)).StatusCode);
        }

        var failed = await publisher.BuildOf(broken);
        Assert.Equal(BuildOutcome.Failed, failed.Outcome);

        var exposed = await Exposed(publisher, failed.BuildId);
        Assert.Contains("refused: missing or wrong signature", exposed);
        foreach (var secret in ForgeHooks.Secrets)
        {
            Assert.DoesNotContain(secret, exposed);
        }
    }

    [Fact]
    public async Task Credentials_in_the_remote_url_are_masked_when_the_fetch_fails()
    {
        const string password = "Sup3rS3cretT0ken42";
        using var temp = new TempFolder();
        var url = $"http://ikim-bot:{password}@127.0.0.1:{ClosedPort()}/ikim/website.git";
        var logs = new LogRecorder();
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), url, ForgeHooks.AllSecrets(), s => s.AddSingleton<ILogEventSink>(logs));

        await logs.WaitForAsync(e => e.Level == LogEventLevel.Warning && LogRecorder.Property(e, "SourceContext") == typeof(PublishingWorker).FullName);

        var exposed = await Exposed(publisher, buildId: null);
        Assert.Contains("http://***@127.0.0.1:", exposed);
        Assert.Contains("ikim_publisher_fetch_failures_total 1", exposed);
        Assert.DoesNotContain(password, exposed);
        Assert.DoesNotContain("ikim-bot:", exposed);
    }

    /// <summary>Everything an operator or a scraper can read: the log file, build logs, /status, the status page, a build's log page, /metrics.</summary>
    private static async Task<string> Exposed(RunningPublisher publisher, string? buildId)
    {
        var texts = new List<string> { await File.ReadAllTextAsync(publisher.LogPath) };
        var buildLogs = Path.Combine(publisher.Releases.Root, "logs");
        if (Directory.Exists(buildLogs))
        {
            texts.AddRange(Directory.EnumerateFiles(buildLogs).Select(File.ReadAllText));
        }

        texts.Add(await publisher.Http.GetStringAsync("/status"));
        texts.Add(await publisher.Http.GetStringAsync("/_publisher/"));
        texts.Add(await publisher.Http.GetStringAsync("/metrics"));
        if (buildId is not null)
        {
            texts.Add(await publisher.Http.GetStringAsync("/_publisher/builds/" + buildId));
        }

        return string.Join("\n", texts);
    }

    /// <summary>A loopback port nothing listens on: bound by the OS, then released, so connecting is refused at once.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
