using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ikim.Publisher.Operations;
using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;

namespace Ikim.Publisher.Tests.Operations;

/// <summary>What an operator sees over HTTP after a good build and a broken one: /status, the status page, a build's log, health, metrics.</summary>
public sealed class StatusAndMetricsTests
{
    [Fact]
    public async Task Status_page_and_metrics_show_the_live_commit_and_the_failed_build_with_its_log()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("_layouts/default.html", "<main>{{ content }}</main>");
        editor.Write("index.md", "---\nlayout: default\n---\n# Welcome\n");
        editor.Write("about.md", "---\nlayout: default\n---\nAbout us\n");
        var good = editor.CommitAndPush("Add the welcome page");
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath, ForgeHooks.AllSecrets());
        var published = await publisher.BuildOf(good);

        editor.Write("about.md", "---\nlayout: default\n---\nAbout us\n{% if x %}\nno endif\n");
        var broken = editor.CommitAndPush("Break the about page");
        using (var hook = await publisher.Http.SendAsync(ForgeHooks.Push("generic-bearer", "refs/heads/main", broken, ForgeHooks.GenericToken)))
        {
            Assert.Equal(HttpStatusCode.Accepted, hook.StatusCode);
        }

        var failed = await publisher.BuildOf(broken);
        Assert.Equal(BuildOutcome.Failed, failed.Outcome);
        // The published build went live after it started (and before we asked); the failed one never did.
        Assert.InRange(published.LiveAt!.Value, published.StartedAt, DateTimeOffset.UtcNow);
        Assert.Null(failed.LiveAt);

        // /status: the facts as JSON.
        var status = (await publisher.Http.GetFromJsonAsync<StatusReport>("/status", StatusReport.Json))!;
        Assert.Equal(good, status.Live!.Commit);
        Assert.Equal("Add the welcome page", status.Live.Message);
        Assert.Equal("Erika Editor", status.Live.Author);
        Assert.Equal("failed", status.LastBuild!.Result);
        Assert.Equal(broken, status.LastBuild.Commit);
        Assert.StartsWith("about.md:5:", status.LastBuild.Error);
        Assert.True(status.LastBuild.HasLog);
        Assert.False(status.Pinned);
        Assert.Equal(0, status.Poll.ConsecutiveFailures);
        Assert.NotNull(status.Poll.LastFetch);
        Assert.True(status.Poll.NextPoll > status.Poll.LastFetch);
        Assert.Equal([published.ReleaseId!], status.Releases.Select(r => r.Release));
        Assert.True(status.Releases[0].Live);
        Assert.Equal([broken, good], status.Builds.Select(b => b.Commit));

        // The page: server-rendered, no script, reloads itself, names the live commit, links the failed build's log.
        var page = await publisher.Http.GetAsync("/_publisher/");
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains($"<code id=\"live-commit\">{good}</code>", html);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"5\">", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("Break the about page", html);
        Assert.Contains("about.md:5:", html);
        Assert.Contains($"href=\"/_publisher/builds/{failed.BuildId}\"", html);

        var log = await publisher.Http.GetStringAsync($"/_publisher/builds/{failed.BuildId}");
        Assert.Contains($"Build {failed.BuildId} started for {broken[..12]}", log);
        Assert.Matches($@"\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{{3}}Z ERR Build {failed.BuildId} .*{broken[..12]}.* at about\.md:5:", log);
        Assert.DoesNotContain(good[..12], log);
        Assert.Equal(HttpStatusCode.NotFound, (await publisher.Http.GetAsync("/_publisher/builds/..%2F..%2Fcurrent")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await publisher.Http.GetAsync("/_publisher/builds/20200101T000000000Z-000000000000")).StatusCode);

        // Health: alive, and ready (a release is live and the fetch is fresh).
        Assert.Equal("ok\n", await publisher.Http.GetStringAsync("/healthz"));
        var ready = await publisher.Http.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);

        // Metrics: scrapable text format with the numbers of what happened.
        var scrape = await publisher.Http.GetAsync("/metrics");
        Assert.StartsWith("text/plain", scrape.Content.Headers.ContentType!.MediaType);
        var metrics = PrometheusText.Parse(await scrape.Content.ReadAsStringAsync());
        Assert.Equal("counter", metrics.Types["ikim_publisher_builds_total"]);
        Assert.Equal(1, metrics.Value("ikim_publisher_builds_total", ("result", "published")));
        Assert.Equal(1, metrics.Value("ikim_publisher_builds_total", ("result", "failed")));
        Assert.Equal(0, metrics.Value("ikim_publisher_builds_total", ("result", "cancelled")));
        Assert.Equal("histogram", metrics.Types["ikim_publisher_build_duration_seconds"]);
        Assert.Equal(2, metrics.Value("ikim_publisher_build_duration_seconds_count"));
        Assert.Equal(2, metrics.Value("ikim_publisher_build_duration_seconds_bucket", ("le", "+Inf")));
        Assert.Equal(2, metrics.Value("ikim_publisher_pages_built"));
        Assert.Equal(2, metrics.Value("ikim_publisher_fetches_total"));
        Assert.Equal(0, metrics.Value("ikim_publisher_fetch_failures_total"));
        Assert.Equal(0, metrics.Value("ikim_publisher_fetch_consecutive_failures"));
        Assert.Equal(1, metrics.Value("ikim_publisher_webhook_requests_total", ("provider", "generic"), ("outcome", "triggered")));
        Assert.InRange(metrics.Value("ikim_publisher_seconds_since_last_successful_build"), 0, 600);
        Assert.Equal(1, metrics.Value("ikim_publisher_live_release_info", ("commit", good), ("release", published.ReleaseId!)));
        Assert.Single(metrics.Family("ikim_publisher_live_release_info"));
        Assert.Equal(0, metrics.Value("ikim_publisher_pinned"));
    }

    [Fact]
    public async Task Not_ready_while_no_release_is_live_and_the_site_routes_do_not_shadow_operations()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath);

        var ready = await publisher.Http.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.GetProperty("ready").GetBoolean());
        Assert.Contains("no release is live", body.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await publisher.Http.GetAsync("/healthz")).StatusCode);
        Assert.Contains("No release is live yet.", await publisher.Http.GetStringAsync("/_publisher/"));
        Assert.Null((await publisher.Http.GetFromJsonAsync<StatusReport>("/status", StatusReport.Json))!.Live);

        // A site with its own 404 page and a page named like an operations route: the operations routes still answer.
        editor.Write("404.html", "---\n---\nnot here");
        editor.Write("status.html", "---\n---\nour status");
        var sha = editor.CommitAndPush("site");
        await publisher.BuildOf(sha);
        Assert.Contains("\"live\"", await publisher.Http.GetStringAsync("/status"));
        Assert.Equal("ok\n", await publisher.Http.GetStringAsync("/healthz"));
        Assert.Equal("not here", await (await publisher.Http.GetAsync("/missing")).Content.ReadAsStringAsync());
    }
}
