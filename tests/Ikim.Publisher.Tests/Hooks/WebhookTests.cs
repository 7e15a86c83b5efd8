using System.Net;
using System.Text;
using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Ikim.Publisher.Tests.Hooks;

/// <summary>Each forge's push webhook over real HTTP against a worker publishing a real repository.</summary>
public sealed class WebhookTests
{
    [Theory]
    [InlineData("github")]
    [InlineData("gitlab")]
    [InlineData("gitea")]
    [InlineData("forgejo")]
    [InlineData("generic-hmac")]
    [InlineData("generic-bearer")]
    public async Task Valid_push_publishes_at_once_and_bad_signatures_or_other_branches_trigger_nothing(string provider)
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nv1");
        var first = editor.CommitAndPush("v1");
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath, ForgeHooks.AllSecrets());
        await publisher.BuildOf(first);
        var trigger = publisher.Services.GetRequiredService<BuildTrigger>();

        editor.Write("index.html", "---\n---\nv2");
        var second = editor.CommitAndPush("v2");
        var secret = ForgeHooks.SecretOf(provider);

        using (var wrongSecret = await publisher.Http.SendAsync(ForgeHooks.Push(provider, "refs/heads/main", second, secret + "x")))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        }

        using (var unsigned = await publisher.Http.SendAsync(ForgeHooks.Push(provider, "refs/heads/main", second, null)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        }

        if (provider is not ("gitlab" or "generic-bearer"))
        {
            // Signed for one body, sent with another: the signature covers the raw bytes.
            var tampered = ForgeHooks.Push(provider, "refs/heads/other", second, secret);
            var body = (await tampered.Content!.ReadAsStringAsync()).Replace("refs/heads/other", "refs/heads/main");
            var headers = tampered.Content.Headers.ContentType;
            tampered.Content = new StringContent(body, Encoding.UTF8);
            tampered.Content.Headers.ContentType = headers;
            using var response = await publisher.Http.SendAsync(tampered);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        using (var otherBranch = await publisher.Http.SendAsync(ForgeHooks.Push(provider, "refs/heads/drafts", second, secret)))
        {
            Assert.Equal(HttpStatusCode.Accepted, otherBranch.StatusCode);
            Assert.Contains("\"ignored\"", await otherBranch.Content.ReadAsStringAsync());
        }

        // Nothing so far asked the worker for a fetch (the first build ran at start, unasked).
        Assert.Equal(0, trigger.Requests);
        Assert.Equal(first, publisher.Releases.LiveManifest!.Commit);

        using (var valid = await publisher.Http.SendAsync(ForgeHooks.Push(provider, "refs/heads/main", second, secret)))
        {
            Assert.Equal(HttpStatusCode.Accepted, valid.StatusCode);
            Assert.Contains("\"triggered\"", await valid.Content.ReadAsStringAsync());
        }

        // The poll interval is an hour: only the webhook can have started this build.
        Assert.Equal(BuildOutcome.Published, (await publisher.BuildOf(second)).Outcome);
        Assert.Equal("v2", await publisher.Http.GetStringAsync("/"));
        var log = await File.ReadAllTextAsync(publisher.LogPath);
        Assert.Contains("refused: missing or wrong signature", log);
        Assert.Contains("is not the publishing branch", log);
    }
}
