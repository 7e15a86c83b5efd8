using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Plugins.GitHubMetadata;

/// <summary>
/// A repository's "name with owner" (<c>owner/name</c>), found as jekyll-github-metadata's RepositoryFinder
/// finds it: the site's <c>repository:</c> setting, else the <c>origin</c> remote when it is on github.com
/// (<c>https://github.com/o/n.git</c>, <c>git@github.com:o/n.git</c>). Credentials in the URL never reach the
/// result: only the two path segments after the host are kept.
/// </summary>
internal sealed partial record RepositoryNwo(string Owner, string Name)
{
    public override string ToString() => $"{Owner}/{Name}";

    public static RepositoryNwo? Find(object? configured, string? remoteUrl)
    {
        if (configured is string setting && setting.Contains('/', StringComparison.Ordinal))
        {
            var slash = setting.IndexOf('/', StringComparison.Ordinal);
            return new RepositoryNwo(setting[..slash], setting[(slash + 1)..]);
        }

        if (remoteUrl is null)
        {
            return null;
        }

        var url = remoteUrl.EndsWith(".git", StringComparison.Ordinal) ? remoteUrl[..^4] : remoteUrl;
        var match = GitHubRemote().Match(url);
        return match.Success ? new RepositoryNwo(match.Groups["owner"].Value, match.Groups["name"].Value) : null;
    }

    // RepositoryFinder#github_remote_regex: the host, ':' or '/', then owner and name.
    [GeneratedRegex(@"github\.com[:/](?<owner>[\w-]+)/(?<name>[\w.-]+)")]
    private static partial Regex GitHubRemote();
}
