using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Ikim.Publisher.Tests.Git;

/// <summary>
/// SSH against a real sshd: the key is used, the host key is checked against the configured
/// known_hosts and never accepted blindly. (LibGit2Sharp 0.32's libgit2 runs the system ssh
/// client, so OpenSSH does the checking; the worker hands it the key and known_hosts.)
/// </summary>
public sealed class SshFetchTests
{
    [RequiresFact(root: true, programs: SshServer.Daemon)]
    public async Task Fetches_over_ssh_with_a_key_when_the_host_key_is_known()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nover ssh");
        var sha = editor.CommitAndPush("v1");
        await using var sshd = await SshServer.StartAsync(temp.Combine("sshd"));
        var knownHosts = temp.Combine("known_hosts");
        await File.WriteAllTextAsync(knownHosts, sshd.KnownHostsLine + "\n");

        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), sshd.UrlFor(editor.BarePath), Ssh(sshd.ClientKey, knownHosts));

        Assert.Equal(BuildOutcome.Published, (await publisher.BuildOf(sha)).Outcome);
        Assert.Equal("over ssh", await publisher.Http.GetStringAsync("/"));
    }

    [RequiresFact(root: true, programs: SshServer.Daemon)]
    public async Task A_host_key_that_is_not_in_known_hosts_is_refused_with_the_cause()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nv1");
        editor.CommitAndPush("v1");
        await using var sshd = await SshServer.StartAsync(temp.Combine("sshd"));
        // known_hosts names the right address with another key: a man in the middle, as ssh sees it.
        var impostor = SshServer.Keygen(temp.Combine("impostor"));
        var knownHosts = temp.Combine("known_hosts");
        await File.WriteAllTextAsync(knownHosts, $"[127.0.0.1]:{sshd.Port} {File.ReadAllText(impostor + ".pub").Trim()}\n");

        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), sshd.UrlFor(editor.BarePath), Ssh(sshd.ClientKey, knownHosts));
        var poll = publisher.Services.GetRequiredService<PollState>();
        await Eventually.HoldsAsync(() => poll.ConsecutiveFailures >= 2, "two fetches were refused");

        Assert.Contains("Host key verification failed", poll.LastError);
        Assert.Empty(publisher.History.Builds);
        // Never accepted: known_hosts is not amended with the server's key.
        Assert.DoesNotContain(File.ReadAllText(Path.Combine(sshd.Folder, "host_key.pub")).Split(' ')[1], await File.ReadAllTextAsync(knownHosts));
    }

    [RequiresFact(root: true, programs: SshServer.Daemon)]
    public async Task A_key_the_server_does_not_accept_fails_with_the_cause_and_an_empty_known_hosts_trusts_nothing()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nv1");
        editor.CommitAndPush("v1");
        await using var sshd = await SshServer.StartAsync(temp.Combine("sshd"));
        var knownHosts = temp.Combine("known_hosts");
        await File.WriteAllTextAsync(knownHosts, sshd.KnownHostsLine + "\n");
        var stranger = SshServer.Keygen(temp.Combine("stranger"));

        await using (var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), sshd.UrlFor(editor.BarePath), Ssh(stranger, knownHosts)))
        {
            var poll = publisher.Services.GetRequiredService<PollState>();
            await Eventually.HoldsAsync(() => poll.ConsecutiveFailures >= 1, "a fetch was refused");
            Assert.Contains("Permission denied (publickey)", poll.LastError);
        }

        var empty = temp.Combine("empty_known_hosts");
        await File.WriteAllTextAsync(empty, "");
        await using (var publisher = await RunningPublisher.StartAsync(temp.Combine("data2"), sshd.UrlFor(editor.BarePath), Ssh(sshd.ClientKey, empty)))
        {
            var poll = publisher.Services.GetRequiredService<PollState>();
            await Eventually.HoldsAsync(() => poll.ConsecutiveFailures >= 1, "a fetch was refused");
            Assert.Contains("Host key verification failed", poll.LastError);
            Assert.Equal("", await File.ReadAllTextAsync(empty));
        }
    }

    private static Dictionary<string, string?> Ssh(string key, string knownHosts) => new()
    {
        ["Repository:Credentials:SshKeyFile"] = key,
        ["Repository:Credentials:SshKnownHostsFile"] = knownHosts,
        ["Repository:MaxBackoff"] = "00:00:00.300",
    };
}
