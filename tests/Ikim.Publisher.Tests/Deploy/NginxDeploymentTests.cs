using System.Net;
using System.Security.Cryptography;
using System.Text;
using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;

namespace Ikim.Publisher.Tests.Deploy;

/// <summary>
/// The shipped nginx site in front of the worker, as on a server: nginx serves the releases the
/// worker writes, straight from disk (the worker's own serving is off), and passes the worker's
/// endpoints through.
/// </summary>
public sealed class NginxDeploymentTests
{
    private const string WebhookSecret = "a-webhook-secret-for-the-nginx-test";

    [Fact]
    public async Task Nginx_serves_the_live_release_with_clean_urls_the_sites_404_and_cache_headers()
    {
        await using var site = await NginxDeployment.StartAsync(metricsAllow: "127.0.0.1/32");
        var nginx = site.Nginx;

        var home = await nginx.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Welcome to IKIM", await home.Content.ReadAsStringAsync());
        Assert.Equal("no-cache", home.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", Header(home, "X-Content-Type-Options"));
        Assert.Equal("SAMEORIGIN", Header(home, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(home, "Referrer-Policy"));

        // Jekyll-style clean URLs: about.md became about.html, team/index.md team/index.html.
        Assert.Contains("About the institute", await Text(nginx, "/about", HttpStatusCode.OK));
        Assert.Contains("About the institute", await Text(nginx, "/about.html", HttpStatusCode.OK));
        Assert.Contains("Our team", await Text(nginx, "/team", HttpStatusCode.OK));
        Assert.Contains("Our team", await Text(nginx, "/team/", HttpStatusCode.OK));
        Assert.Contains("\"commit\": \"" + site.FirstCommit + "\"", await Text(nginx, "/.well-known/ikim-publisher.json", HttpStatusCode.OK));

        // The site's own 404 page, for a missing page and for a folder without an index alike.
        var missing = await nginx.Http.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("This page went missing", await missing.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", Header(missing, "X-Content-Type-Options"));
        Assert.Contains("This page went missing", await Text(nginx, "/assets/", HttpStatusCode.NotFound));

        // Fingerprinted and versioned assets are cached for a year; other assets briefly.
        Assert.Equal("public, max-age=31536000, immutable", (await nginx.Http.GetAsync("/assets/app.3f2a9c1e.css")).Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=31536000, immutable", (await nginx.Http.GetAsync("/assets/site.css?v=2")).Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=300", (await nginx.Http.GetAsync("/assets/site.css")).Headers.CacheControl?.ToString());

        // Text is compressed for clients that ask.
        using var gzip = new HttpRequestMessage(HttpMethod.Get, "/assets/site.css");
        gzip.Headers.AcceptEncoding.ParseAdd("gzip");
        var compressed = await nginx.Http.SendAsync(gzip);
        Assert.Equal(["gzip"], compressed.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);

        // Nothing of that came from the worker, whose own serving is off.
        Assert.Equal(HttpStatusCode.NotFound, (await site.Publisher.Http.GetAsync("/about")).StatusCode);
    }

    [Fact]
    public async Task A_new_release_is_served_by_the_running_nginx_at_once()
    {
        await using var site = await NginxDeployment.StartAsync(metricsAllow: "127.0.0.1/32");
        var (editor, nginx) = (site.Editor, site.Nginx);
        Assert.Contains("Welcome to IKIM", await Text(nginx, "/", HttpStatusCode.OK));
        Assert.Contains("About the institute", await Text(nginx, "/about", HttpStatusCode.OK));

        // The page moves into a folder: the old about.html is gone from the new release. A stale
        // file cache would still find it, or still miss about/index.html.
        editor.Delete("about.md");
        editor.Write("about/index.md", "---\nlayout: default\ntitle: About\n---\nAbout the new institute\n");
        editor.Write("index.md", "---\nlayout: default\ntitle: Home\n---\n# Welcome to the new IKIM\n");
        var second = editor.CommitAndPush("Move the about page");
        Assert.Equal(BuildOutcome.Published, (await site.Publisher.BuildOf(second)).Outcome);

        Assert.Contains("Welcome to the new IKIM", await Text(nginx, "/", HttpStatusCode.OK));
        Assert.Contains("About the new institute", await Text(nginx, "/about", HttpStatusCode.OK));
        Assert.Contains("This page went missing", await Text(nginx, "/about.html", HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Signed_github_webhook_through_nginx_makes_a_new_commit_live()
    {
        // Polling is as good as off: only the webhook can make the second commit live in time.
        await using var site = await NginxDeployment.StartAsync("127.0.0.1/32", pollInterval: "1.00:00:00", new Dictionary<string, string?> { ["Hooks:GitHubSecret"] = WebhookSecret });
        var (editor, nginx) = (site.Editor, site.Nginx);

        editor.Write("index.md", "---\nlayout: default\ntitle: Home\n---\n# Welcome, pushed by webhook\n");
        var second = editor.CommitAndPush("Reword the welcome");

        // A forged signature is refused by the worker, through nginx.
        Assert.Equal(HttpStatusCode.Unauthorized, (await nginx.Http.SendAsync(GitHubPush("sha256=" + new string('0', 64)))).StatusCode);

        var payload = GitHubPush(signature: null);
        var accepted = await nginx.Http.SendAsync(payload);
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, $"POST /hooks/github: {(int)accepted.StatusCode} {await accepted.Content.ReadAsStringAsync()}\n{nginx.ErrorLog}");
        var build = await site.Publisher.BuildOf(second);
        Assert.Equal(BuildOutcome.Published, build.Outcome);

        Assert.Contains("Welcome, pushed by webhook", await Text(nginx, "/", HttpStatusCode.OK));
        // The operator's views of it pass through nginx too.
        Assert.Contains(second, await Text(nginx, "/status", HttpStatusCode.OK));
        Assert.Contains($"<code id=\"live-commit\">{second}</code>", await Text(nginx, "/_publisher/", HttpStatusCode.OK));
        Assert.Contains(build.BuildId, await Text(nginx, "/_publisher/builds/" + build.BuildId, HttpStatusCode.OK));
    }

    [Fact]
    public async Task Metrics_are_refused_outside_the_allowed_range_and_served_inside_it()
    {
        // Only 127.0.0.2 may read metrics; the test's other requests come from 127.0.0.1.
        await using var site = await NginxDeployment.StartAsync(metricsAllow: "127.0.0.2/32");
        var nginx = site.Nginx;

        var outside = await nginx.Http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.DoesNotContain("ikim_publisher_", await outside.Content.ReadAsStringAsync());

        using var inside = nginx.ClientFrom(IPAddress.Parse("127.0.0.2"));
        var metrics = await inside.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Contains("ikim_publisher_builds_total", await metrics.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Before_the_first_release_nginx_answers_503_and_serves_no_other_folder()
    {
        using var temp = new TempFolder();
        // No worker has written anything under the site root yet, and none listens.
        await using var nginx = await NginxServer.StartAsync(temp.Combine("nginx"), temp.Combine("site"), "127.0.0.1:9", "127.0.0.1/32");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await nginx.Http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await nginx.Http.GetAsync("/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await nginx.Http.GetAsync("/404.html")).StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, (await nginx.Http.GetAsync("/status")).StatusCode);
    }

    /// <summary>A GitHub push event for main, signed with the webhook secret unless a signature is given.</summary>
    private static HttpRequestMessage GitHubPush(string? signature)
    {
        var body = Encoding.UTF8.GetBytes("{\"ref\":\"refs/heads/main\",\"repository\":{\"full_name\":\"ikim/website\"}}");
        var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/github") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-GitHub-Event", "push");
        request.Headers.Add("X-GitHub-Delivery", Guid.NewGuid().ToString());
        request.Headers.Add("X-Hub-Signature-256", signature ?? "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebhookSecret), body)));
        return request;
    }

    private static async Task<string> Text(NginxServer nginx, string path, HttpStatusCode expected)
    {
        var response = await nginx.Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {path}: {(int)response.StatusCode}, expected {(int)expected}\n{body}\n{nginx.ErrorLog}");
        return body;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
