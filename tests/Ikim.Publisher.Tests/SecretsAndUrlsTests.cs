using Ikim.Publisher.Git;

namespace Ikim.Publisher.Tests;

public sealed class SecretsAndUrlsTests
{
    [Theory]
    [InlineData("https://user:s3cret@git.example.org/ikim/site.git", "https://***@git.example.org/ikim/site.git")]
    [InlineData("https://ghp_token@github.com/ikim/site.git", "https://***@github.com/ikim/site.git")]
    [InlineData("https://github.com/ikim/site.git", "https://github.com/ikim/site.git")]
    [InlineData("git@github.com:ikim/site.git", "git@github.com:ikim/site.git")]
    [InlineData("/srv/git/site.git", "/srv/git/site.git")]
    public void Credentials_in_remote_urls_are_masked(string url, string expected) =>
        Assert.Equal(expected, RemoteUrl.Redact(url));

    [Theory]
    [InlineData("data/content.git", true)]
    [InlineData("/srv/git/site.git", true)]
    [InlineData("https://github.com/ikim/site.git", false)]
    [InlineData("file:///srv/git/site.git", false)]
    [InlineData("git@github.com:ikim/site.git", false)]
    public void Local_paths_are_told_apart_from_remotes(string url, bool local) =>
        Assert.Equal(local, RemoteUrl.IsLocalPath(url));
}
