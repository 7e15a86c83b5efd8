using System.Diagnostics;

namespace Ikim.Publisher.Tests.Support;

/// <summary>
/// A real OpenSSH server (Debian's openssh-server, installed by .ci/run) on 127.0.0.1 and a free
/// port, with its own host key, accepting one client key for the current user, serving Git
/// repositories by their absolute paths. Keys are made with ssh-keygen in a temp folder.
/// </summary>
public sealed class SshServer : IAsyncDisposable
{
    public const string Daemon = "/usr/sbin/sshd";
    private readonly Process _process;

    private SshServer(Process process, string folder, int port)
    {
        _process = process;
        Folder = folder;
        Port = port;
    }

    public string Folder { get; }

    public int Port { get; }

    /// <summary>The private key the server accepts.</summary>
    public string ClientKey => Path.Combine(Folder, "client_key");

    /// <summary>A known_hosts line naming this server's real host key.</summary>
    public string KnownHostsLine => $"[127.0.0.1]:{Port} {File.ReadAllText(Path.Combine(Folder, "host_key.pub")).Trim()}";

    public string UrlFor(string repositoryPath) => $"ssh://{Environment.UserName}@127.0.0.1:{Port}{repositoryPath}";

    public static async Task<SshServer> StartAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        Keygen(Path.Combine(folder, "host_key"));
        Keygen(Path.Combine(folder, "client_key"));
        File.Copy(Path.Combine(folder, "client_key.pub"), Path.Combine(folder, "authorized_keys"));
        // sshd insists on its privilege separation folder even when it never drops privileges.
        Directory.CreateDirectory("/run/sshd");
        var port = FreePort.Next();
        var config = Path.Combine(folder, "sshd_config");
        File.WriteAllText(config, $"""
            Port {port}
            ListenAddress 127.0.0.1
            HostKey {folder}/host_key
            AuthorizedKeysFile {folder}/authorized_keys
            PidFile none
            StrictModes no
            UsePAM no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PubkeyAuthentication yes
            PermitRootLogin prohibit-password
            AllowUsers {Environment.UserName}
            LogLevel VERBOSE

            """);
        var start = new ProcessStartInfo(Daemon, ["-D", "-e", "-f", config]) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        var process = Process.Start(start)!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        await FreePort.WaitUntilListeningAsync(port, () => process.HasExited);
        return process.HasExited ? throw new InvalidOperationException($"sshd exited ({process.ExitCode})") : new SshServer(process, folder, port);
    }

    /// <summary>Makes a fresh key pair (a host key the client must not trust, for instance).</summary>
    public static string Keygen(string path)
    {
        using var keygen = Process.Start(new ProcessStartInfo("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "ikim-test", "-f", path]) { UseShellExecute = false })!;
        keygen.WaitForExit();
        return keygen.ExitCode == 0 ? path : throw new InvalidOperationException($"ssh-keygen failed ({keygen.ExitCode})");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
