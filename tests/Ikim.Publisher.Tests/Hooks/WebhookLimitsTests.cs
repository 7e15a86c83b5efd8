using System.Net;
using System.Text;
using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Ikim.Publisher.Tests.Hooks;

/// <summary>What a webhook endpoint refuses or only acknowledges: unconfigured providers, large bodies, pings, other events, bad JSON.</summary>
public sealed class WebhookLimitsTests
{
    private const int OneMiB = 1024 * 1024;

    [Fact]
    public async Task Endpoints_without_a_secret_do_not_exist()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath, new Dictionary<string, string?>
        {
            ["Hooks:GitHubSecret"] = ForgeHooks.GitHubSecret,
        });

        foreach (var provider in new[] { "gitlab", "gitea", "generic-hmac", "generic-bearer" })
        {
            // Even correctly signed: with no secret configured there is nothing to check against, so the endpoint is off.
            using var response = await publisher.Http.SendAsync(ForgeHooks.Push(provider, "refs/heads/main", new string('a', 40), ForgeHooks.SecretOf(provider)));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using var github = await publisher.Http.SendAsync(ForgeHooks.Push("github", "refs/heads/main", new string('a', 40), ForgeHooks.GitHubSecret));
        Assert.Equal(HttpStatusCode.Accepted, github.StatusCode);
    }

    [Fact]
    public async Task Bodies_over_the_default_limit_of_one_MiB_get_413_and_trigger_nothing()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath, ForgeHooks.AllSecrets());
        var trigger = publisher.Services.GetRequiredService<BuildTrigger>();

        // A real push payload padded with JSON whitespace to exactly the limit is accepted...
        var payload = ForgeHooks.GitHubPush("refs/heads/main", new string('b', 40));
        var atLimit = payload + new string(' ', OneMiB - Encoding.UTF8.GetByteCount(payload));
        using (var response = await publisher.Http.SendAsync(ForgeHooks.GitHub("push", atLimit, "d-1", ForgeHooks.GitHubSecret)))
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        // ...one byte more is not, with a Content-Length up front...
        using (var response = await publisher.Http.SendAsync(ForgeHooks.GitHub("push", atLimit + " ", "d-2", ForgeHooks.GitHubSecret)))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }

        // ...nor when streamed in chunks without one (the limit holds while reading).
        var chunked = ForgeHooks.GitHub("push", atLimit + " ", "d-3", ForgeHooks.GitHubSecret);
        chunked.Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(atLimit + " ")));
        chunked.Headers.TransferEncodingChunked = true;
        using (var response = await publisher.Http.SendAsync(chunked))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }

        Assert.Equal(1, trigger.Requests);
    }

    [Fact]
    public async Task Configured_limit_applies_to_every_provider()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        var settings = ForgeHooks.AllSecrets();
        settings["Hooks:MaxBodyBytes"] = "1024";
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath, settings);

        // Real push payloads are over 1 KiB, the smallest limit allowed.
        foreach (var provider in new[] { "github", "gitlab", "gitea", "forgejo" })
        {
            using var response = await publisher.Http.SendAsync(ForgeHooks.Push(provider, "refs/heads/main", new string('c', 40), ForgeHooks.SecretOf(provider)));
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }
    }

    [Fact]
    public async Task Pings_other_events_tags_and_malformed_payloads_are_answered_without_a_build()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath, ForgeHooks.AllSecrets());
        var trigger = publisher.Services.GetRequiredService<BuildTrigger>();

        var ping = """{"zen":"Design for failure.","hook_id":501234567,"hook":{"type":"Repository","id":501234567,"events":["push"],"active":true,"config":{"content_type":"json","insecure_ssl":"0","url":"https://ikim.example.org/hooks/github"}}}""";
        using (var response = await publisher.Http.SendAsync(ForgeHooks.GitHub("ping", ping, "p-1", ForgeHooks.GitHubSecret)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("pong", await response.Content.ReadAsStringAsync());
        }

        using (var response = await publisher.Http.SendAsync(ForgeHooks.GitHub("issues", """{"action":"opened","issue":{"number":1}}""", "i-1", ForgeHooks.GitHubSecret)))
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.Contains("ignored", await response.Content.ReadAsStringAsync());
        }

        using (var response = await publisher.Http.SendAsync(ForgeHooks.Push("gitea", "refs/tags/v1.0", new string('d', 40), ForgeHooks.GiteaSecret)))
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.Contains("ignored", await response.Content.ReadAsStringAsync());
        }

        using (var response = await publisher.Http.SendAsync(ForgeHooks.GitHub("push", "{\"ref\": ", "b-1", ForgeHooks.GitHubSecret)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Equal(0, trigger.Requests);

        // GitHub's other content type: the JSON arrives form-encoded as payload=...; the signature is over the form body.
        var form = "payload=" + Uri.EscapeDataString(ForgeHooks.GitHubPush("refs/heads/main", new string('e', 40)));
        using (var response = await publisher.Http.SendAsync(ForgeHooks.GitHub("push", form, "f-1", ForgeHooks.GitHubSecret, "application/x-www-form-urlencoded")))
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.Contains("triggered", await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(1, trigger.Requests);
        var log = await File.ReadAllTextAsync(publisher.LogPath);
        Assert.Contains("\"Delivery\":\"f-1\"", log);
    }
}
