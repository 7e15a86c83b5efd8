using System.Diagnostics;

namespace Ikim.Publisher.Benchmarks.Scenarios;

/// <summary>
/// A real bare "server" repository and an editor's clone of it, driven with the git command
/// line (fast for a 10,000-file first commit, and exactly what an editor runs).
/// </summary>
public sealed class EditorClone
{
    private EditorClone(string barePath, string clonePath)
    {
        BarePath = barePath;
        ClonePath = clonePath;
    }

    public string BarePath { get; }

    public string ClonePath { get; }

    /// <summary>Creates <c>server.git</c> and an empty clone <c>clone/</c> under <paramref name="folder"/>.</summary>
    public static EditorClone Create(string folder)
    {
        var bare = Path.Combine(folder, "server.git");
        var clone = Path.Combine(folder, "clone");
        Git(folder, "init", "--quiet", "--bare", "--initial-branch=main", bare);
        Git(folder, "init", "--quiet", "--initial-branch=main", clone);
        Git(clone, "remote", "add", "origin", bare);
        return new EditorClone(bare, clone);
    }

    public static EditorClone Open(string barePath, string clonePath) => new(barePath, clonePath);

    /// <summary>Commits every change in the clone and pushes it; returns the new commit's sha.</summary>
    public string CommitAndPush(string message)
    {
        Git(ClonePath, "add", "--all");
        Git(ClonePath, "-c", "user.name=Bench Editor", "-c", "user.email=bench@example.org", "commit", "--quiet", "--allow-empty", "-m", message);
        Git(ClonePath, "push", "--quiet", "origin", "main");
        return Git(ClonePath, "rev-parse", "HEAD").Trim();
    }

    private static string Git(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start) ?? throw new InvalidOperationException("git did not start");
        var output = git.StandardOutput.ReadToEndAsync();
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed ({git.ExitCode}): {error}");
        }

        return output.Result;
    }
}
