using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ikim.Publisher.Operations;
using Ikim.Publisher.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace Ikim.Publisher.Tests.Operations;

/// <summary>Rebuild, rollback, pin and unpin over HTTP, as an operator uses them.</summary>
public sealed class AdminEndpointTests
{
    private static readonly string[] Actions = ["rebuild", "rollback", "pin", "unpin"];

    [Fact]
    public async Task Without_a_configured_token_the_admin_routes_do_not_exist()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath);

        foreach (var action in Actions)
        {
            using var response = await publisher.Http.SendAsync(Admin(action, ForgeHooks.AdminToken));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Rollback_pins_until_unpin_rebuild_builds_the_head_again_and_the_token_is_required()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nv1");
        var v1 = editor.CommitAndPush("v1");
        var logs = new LogRecorder();
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath, ForgeHooks.AllSecrets(), s => s.AddSingleton<ILogEventSink>(logs));
        var v1Release = (await publisher.BuildOf(v1)).ReleaseId!;
        editor.Write("index.html", "---\n---\nv2");
        var v2 = editor.CommitAndPush("v2");
        await Hook(publisher, v2);
        var v2Release = (await publisher.BuildOf(v2)).ReleaseId!;

        foreach (var action in Actions)
        {
            using var missing = await publisher.Http.SendAsync(Admin(action, null));
            Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
            Assert.Equal("Bearer", missing.Headers.WwwAuthenticate.Single().Scheme);
            using var wrong = await publisher.Http.SendAsync(Admin(action, ForgeHooks.AdminToken[..^1]));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        Assert.Equal(v2Release, publisher.Releases.LiveId);
        Assert.Equal(1, publisher.History.Builds.Count(b => b.Commit == v2));

        // Rollback without a release goes to the one before the live one, and pins it.
        var rollback = await Send(publisher, "rollback", HttpStatusCode.OK);
        Assert.Equal(v1Release, rollback.Live);
        Assert.Equal(v1Release, rollback.Pinned);
        Assert.Equal("v1", await publisher.Http.GetStringAsync("/"));

        // While pinned, a pushed commit is fetched but waits, and a rebuild is refused.
        editor.Write("index.html", "---\n---\nv3");
        var v3 = editor.CommitAndPush("v3");
        await Hook(publisher, v3);
        await logs.WaitForAsync(e => LogRecorder.Property(e, "Commit") == v3[..12] && e.MessageTemplate.Text.Contains("pinned", StringComparison.Ordinal));
        Assert.Equal(v1Release, publisher.Releases.LiveId);
        Assert.DoesNotContain(publisher.History.Builds, b => b.Commit == v3);
        await Send(publisher, "rebuild", HttpStatusCode.Conflict);
        var status = (await publisher.Http.GetFromJsonAsync<StatusReport>("/status", StatusReport.Json))!;
        Assert.True(status.Pinned);
        Assert.Equal(v1Release, status.PinnedRelease);
        Assert.Contains("pinned", await publisher.Http.GetStringAsync("/_publisher/"));

        // Unpin: the newest commit goes live at once.
        Assert.Null((await Send(publisher, "unpin", HttpStatusCode.OK)).Pinned);
        var v3Release = (await publisher.BuildOf(v3)).ReleaseId!;
        Assert.Equal("v3", await publisher.Http.GetStringAsync("/"));

        // Pin holds the live release; unpin again.
        Assert.Equal(v3Release, (await Send(publisher, "pin", HttpStatusCode.OK)).Pinned);
        await Send(publisher, "unpin", HttpStatusCode.OK);

        // Rebuild builds the live head once more: a new release with the same content.
        await Send(publisher, "rebuild", HttpStatusCode.OK);
        var rebuilt = await publisher.History.WaitForAsync(b => b.Commit == v3 && b.ReleaseId != v3Release, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(publisher.Releases.ReadManifest(v3Release)!.ContentHash, publisher.Releases.LiveManifest!.ContentHash);
        Assert.Equal(rebuilt.ReleaseId, publisher.Releases.LiveId);

        // Rollback to a named release; unknown or path-like names are refused.
        Assert.Equal(v2Release, (await Send(publisher, "rollback?release=" + v2Release, HttpStatusCode.OK)).Live);
        await Send(publisher, "rollback?release=20200101T000000000Z-000000000000", HttpStatusCode.NotFound);
        await Send(publisher, "rollback?release=..%2Fcurrent", HttpStatusCode.NotFound);
        Assert.Equal(v2Release, publisher.Releases.LiveId);
        Assert.Equal("v2", await publisher.Http.GetStringAsync("/"));
    }

    private static HttpRequestMessage Admin(string action, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/_publisher/admin/" + action);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private static async Task<AdminAnswer> Send(RunningPublisher publisher, string action, HttpStatusCode expected)
    {
        using var response = await publisher.Http.SendAsync(Admin(action, ForgeHooks.AdminToken));
        Assert.Equal(expected, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AdminAnswer>())!;
    }

    private static async Task Hook(RunningPublisher publisher, string sha)
    {
        using var response = await publisher.Http.SendAsync(ForgeHooks.Push("github", "refs/heads/main", sha, ForgeHooks.GitHubSecret));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private sealed record AdminAnswer(string Result, string? Live, string? Pinned);
}
