using Ikim.Publisher.Git;
using Ikim.Publisher.Site;
using LibGit2Sharp;

namespace Ikim.Publisher.Cli;

/// <summary>
/// The Git repository a <c>build</c> source folder lies in, as jekyll-github-metadata would ask git for it:
/// the <c>origin</c> remote (credentials masked), the checked-out branch and <c>HEAD</c>'s commit. A folder
/// outside any repository builds without it.
/// </summary>
internal static class SourceRepository
{
    public static RepositoryMetadata? Read(string source)
    {
        var gitDir = Repository.Discover(Path.GetFullPath(source));
        if (gitDir is null)
        {
            return null;
        }

        using var repository = new Repository(gitDir);
        var remote = repository.Network.Remotes["origin"]?.Url;
        var branch = repository.Info.IsHeadDetached || repository.Info.IsHeadUnborn ? null : repository.Head.FriendlyName;
        return new RepositoryMetadata(remote is null ? null : RemoteUrl.Redact(remote), branch, repository.Head.Tip?.Sha);
    }
}
