using Ikim.Publisher.Git;
using Ikim.Publisher.Tests.Support;

namespace Ikim.Publisher.Tests.Git;

public sealed class FetchFailureClassifierTests
{
    // What libgit2 (LibGit2Sharp 0.32) and OpenSSH said in this repository's tests, verbatim.
    [Theory]
    [InlineData("failed to connect to 127.0.0.1: Connection refused", FetchFailureKind.Unreachable)]
    [InlineData("failed to connect to 127.0.0.1: Connection reset by peer", FetchFailureKind.Unreachable)]
    [InlineData("error receiving data from socket: Connection reset by peer", FetchFailureKind.Unreachable)]
    [InlineData("unexpected EOF", FetchFailureKind.Unreachable)]
    [InlineData("http parser did not consume entire buffer: Invalid EOF state", FetchFailureKind.Unreachable)]
    [InlineData("failed to resolve address for no-such-host.invalid: Name or service not known", FetchFailureKind.Unreachable)]
    [InlineData("unexpected http status code: 503", FetchFailureKind.Unreachable)]
    [InlineData("unexpected http status code: 404", FetchFailureKind.NotFound)]
    [InlineData("unexpected http status code: 403", FetchFailureKind.Authentication)]
    [InlineData("remote authentication required but no callback set", FetchFailureKind.Authentication)]
    [InlineData("too many redirects or authentication replays", FetchFailureKind.Authentication)]
    [InlineData("the remote rejected the configured credentials (authentication failed)", FetchFailureKind.Authentication)]
    [InlineData("could not read from socket: timed out", FetchFailureKind.Unreachable)]
    [InlineData("ssh: connect to host 127.0.0.1 port 44733: Connection refused (could not read refs from remote repository)", FetchFailureKind.Unreachable)]
    [InlineData("ssh: Could not resolve hostname no-such-host.invalid: Name or service not known (could not read refs from remote repository)", FetchFailureKind.Unreachable)]
    [InlineData("Host key verification failed. (could not read refs from remote repository)", FetchFailureKind.Authentication)]
    [InlineData("root@127.0.0.1: Permission denied (publickey). (could not read refs from remote repository)", FetchFailureKind.Authentication)]
    [InlineData("fatal: '/srv/git/site.git' does not appear to be a git repository (could not read refs from remote repository)", FetchFailureKind.NotFound)]
    [InlineData("unsupported URL protocol", FetchFailureKind.Other)]
    public void Sorts_the_causes_libgit2_gives(string cause, FetchFailureKind kind) =>
        Assert.Equal(kind, FetchFailureClassifier.Classify(cause));

    [Fact]
    public async Task Real_failed_fetches_carry_their_kind()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "v1");
        editor.CommitAndPush("v1");
        await using (var open = await GitHttpServer.StartAsync(temp.Path))
        {
            Assert.Equal(FetchFailureKind.NotFound, FailedFetch(temp, open.UrlFor("missing.git")).Kind);
        }

        await using (var guarded = await GitHttpServer.StartAsync(temp.Path, "erika", "right"))
        {
            Assert.Equal(FetchFailureKind.Authentication, FailedFetch(temp, guarded.UrlFor("server.git")).Kind);
        }

        await using var dropping = DroppingRemote.Start();
        var dropped = FailedFetch(temp, dropping.Url);
        Assert.Equal(FetchFailureKind.Unreachable, dropped.Kind);
        var refused = FailedFetch(temp, dropping.Url);
        Assert.Contains("Connection refused", refused.Cause);
        Assert.Equal(FetchFailureKind.Unreachable, refused.Kind);
    }

    private static FetchException FailedFetch(TempFolder temp, string url) =>
        Assert.Throws<FetchException>(() => new ContentRepository(temp.Combine("mirror-" + Guid.NewGuid().ToString("N")), url, "main").Fetch());
}
