namespace Ikim.Publisher.Git;

/// <summary>The facts about a commit that builds, logs and manifests carry.</summary>
public sealed record CommitInfo(string Sha, string Author, string AuthorEmail, DateTimeOffset Time, string Summary)
{
    public string ShortSha => Sha[..12];

    public static CommitInfo From(LibGit2Sharp.Commit commit) =>
        new(commit.Sha, commit.Author.Name, commit.Author.Email, commit.Committer.When, commit.MessageShort);
}
