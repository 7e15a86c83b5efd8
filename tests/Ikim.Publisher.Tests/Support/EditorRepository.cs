using LibGit2Sharp;

namespace Ikim.Publisher.Tests.Support;

/// <summary>
/// What an editor has: a bare "server" repository and a clone of it to commit in and push from.
/// Everything is real Git, made with LibGit2Sharp in temp folders.
/// </summary>
public sealed class EditorRepository : IDisposable
{
    private static readonly Signature Editor = new("Erika Editor", "erika@example.org", DateTimeOffset.UnixEpoch);
    private readonly Repository _clone;
    private int _commits;

    public EditorRepository(string folder, string branch = "main")
    {
        Branch = branch;
        BarePath = System.IO.Path.Combine(folder, "server.git");
        ClonePath = System.IO.Path.Combine(folder, "clone");
        Repository.Init(BarePath, isBare: true);
        using (var bare = new Repository(BarePath))
        {
            bare.Refs.UpdateTarget("HEAD", $"refs/heads/{branch}");
        }

        Repository.Init(ClonePath);
        _clone = new Repository(ClonePath);
        _clone.Refs.UpdateTarget("HEAD", $"refs/heads/{branch}");
        _clone.Network.Remotes.Add("origin", BarePath);
    }

    public string Branch { get; }

    public string BarePath { get; }

    public string ClonePath { get; }

    public void Write(string path, string text)
    {
        var full = System.IO.Path.Combine(ClonePath, path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Delete(string path) => File.Delete(System.IO.Path.Combine(ClonePath, path));

    /// <summary>Commits everything in the work tree and pushes the branch; returns the new commit's sha.</summary>
    public string CommitAndPush(string message)
    {
        Commands.Stage(_clone, "*");
        // Distinct, increasing commit times so every commit is a new sha even with equal trees.
        var signature = new Signature(Editor.Name, Editor.Email, DateTimeOffset.UnixEpoch.AddDays(20000 + _commits++));
        var commit = _clone.Commit(message, signature, signature, new CommitOptions { AllowEmptyCommit = true });
        _clone.Network.Push(_clone.Network.Remotes["origin"], $"+refs/heads/{Branch}:refs/heads/{Branch}");
        return commit.Sha;
    }

    /// <summary>Moves the local branch back to <paramref name="sha"/> (git reset --hard); the next push rewrites history.</summary>
    public void ResetTo(string sha) => _clone.Reset(ResetMode.Hard, _clone.Lookup<Commit>(sha));

    /// <summary>Pushes the local branch as it is, forced, without a new commit.</summary>
    public void ForcePush() =>
        _clone.Network.Push(_clone.Network.Remotes["origin"], $"+refs/heads/{Branch}:refs/heads/{Branch}");

    /// <summary>Deletes the branch on the server, as `git push origin :main` does.</summary>
    public void DeleteBranchOnServer()
    {
        using var bare = new Repository(BarePath);
        bare.Refs.Remove($"refs/heads/{Branch}");
    }

    public void Dispose() => _clone.Dispose();
}
