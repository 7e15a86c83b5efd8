using System.Globalization;
using System.Text;

namespace Ikim.Publisher.Git;

/// <summary>
/// SSH for the mirror. libgit2 as shipped with LibGit2Sharp 0.32 speaks SSH by running the
/// system's OpenSSH client (<c>core.sshCommand</c>, taken as a program path without arguments),
/// so the key and known_hosts are handed to ssh by a small generated wrapper script:
/// strict host key checking against the configured known_hosts only, the configured key only,
/// no agent, never a prompt. ssh's own error output goes to a file beside it, so a failed fetch
/// can say why ("Host key verification failed.") instead of libgit2's generic message.
/// </summary>
public sealed class SshCommand(string folder, string? keyFile, string knownHostsFile, TimeSpan connectTimeout, TimeSpan readTimeout)
{
    public string ScriptPath { get; } = Path.Combine(folder, "ikim-publisher-ssh");

    public string ErrorLogPath { get; } = Path.Combine(folder, "ikim-publisher-ssh.err");

    /// <summary>Writes the wrapper (owner-only, executable) and empties the error file before a fetch.</summary>
    public void Prepare()
    {
        Directory.CreateDirectory(folder);
        var script = Script();
        if (!File.Exists(ScriptPath) || File.ReadAllText(ScriptPath) != script)
        {
            var temporary = ScriptPath + ".tmp";
            File.WriteAllText(temporary, script, new UTF8Encoding(false));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            File.Move(temporary, ScriptPath, overwrite: true);
        }

        File.WriteAllText(ErrorLogPath, "");
    }

    /// <summary>The last thing ssh complained about during the fetch, if anything.</summary>
    public string? LastError()
    {
        try
        {
            return File.ReadAllLines(ErrorLogPath).Select(l => l.Trim()).LastOrDefault(l => l.Length > 0);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private string Script()
    {
        // With a key: that key only. Without one (known_hosts alone): ssh's default keys, still never an agent or a prompt.
        var identity = keyFile is null ? "-o IdentityAgent=none" : $"-i {Quote(keyFile)} -o IdentitiesOnly=yes -o IdentityAgent=none";
        var seconds = (TimeSpan t) => Math.Max(1, (int)Math.Ceiling(t.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return $"""
            #!/bin/sh
            # Written by Ikim.Publisher for its Git mirror: libgit2 runs this as ssh. Do not edit.
            exec ssh -F /dev/null {identity} \
              -o UserKnownHostsFile={Quote(knownHostsFile)} -o GlobalKnownHostsFile=/dev/null \
              -o StrictHostKeyChecking=yes -o UpdateHostKeys=no -o BatchMode=yes \
              -o ConnectTimeout={seconds(connectTimeout)} -o ServerAliveInterval={seconds(readTimeout / 3)} -o ServerAliveCountMax=3 \
              "$@" 2>>{Quote(ErrorLogPath)}

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
