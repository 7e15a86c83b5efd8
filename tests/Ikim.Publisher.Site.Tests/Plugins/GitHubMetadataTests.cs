namespace Ikim.Publisher.Site.Tests.Plugins;

public sealed class GitHubMetadataTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    private const string Template =
        "---\n---\nnwo={{ site.github.repository_nwo }}|owner={{ site.github.owner_name }}|name={{ site.github.repository_name }}" +
        "|title={{ site.github.project_title }}|repo={{ site.github.repository_url }}|clone={{ site.github.clone_url }}" +
        "|branch={{ site.github.source.branch }}|path={{ site.github.source.path }}|rev={{ site.github.build_revision }}" +
        "|url={{ site.github.url }}|baseurl={{ site.github.baseurl }}|pages={{ site.github.pages_hostname }}|env={{ site.github.environment }}" +
        "|user={{ site.github.is_user_page }}|contributors={{ site.github.contributors.size }}|releases={{ site.github.releases.size }}" +
        "|repos={{ site.github.public_repositories.size }}|tagline={{ site.github.project_tagline | default: 'nil' }}|site.title={{ site.title }}|site.url={{ site.url }}";

    [Fact]
    public void Site_github_is_derived_from_a_github_remote_without_its_credentials()
    {
        using var site = new TempSite(("_config.yml", "plugins: [jekyll-github-metadata]\n"), ("index.html", Template));

        var result = site.Build(repository: new RepositoryMetadata("https://x-access-token:s3cret@github.com/Octo-Org/my.site.git", "main", Sha));

        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("jekyll-github-metadata"));
        var output = site.Output("index.html");
        Assert.Equal(
            "nwo=Octo-Org/my.site|owner=Octo-Org|name=my.site|title=my.site|repo=https://github.com/Octo-Org/my.site" +
            "|clone=https://github.com/Octo-Org/my.site.git|branch=main|path=/|rev=" + Sha +
            "|url=https://octo-org.github.io/my.site|baseurl=/my.site|pages=github.io|env=dotcom|user=false|contributors=0|releases=0" +
            "|repos=0|tagline=nil|site.title=my.site|site.url=",
            output);
        Assert.DoesNotContain("s3cret", output);
    }

    [Fact]
    public void Scp_remote_of_a_user_page_and_the_sites_own_settings_win()
    {
        using var site = new TempSite(
            ("_config.yml", "title: Mine\nplugins: [jekyll-github-metadata]\ngithub:\n  project_tagline: Hand-written\n"),
            ("index.html", "---\n---\n{{ site.github.repository_nwo }} {{ site.github.url }} {{ site.github.is_user_page }} {{ site.github.project_tagline }} {{ site.title }}"));

        site.Build(repository: new RepositoryMetadata("git@github.com:octo/octo.github.io.git", "main", Sha));

        Assert.Equal("octo/octo.github.io https://octo.github.io true Hand-written Mine", site.Output("index.html"));
    }

    [Fact]
    public void Repository_setting_wins_over_the_remote_and_a_non_github_remote_gives_nils()
    {
        using var configured = new TempSite(
            ("_config.yml", "repository: jekyll/jekyll\nplugins: [jekyll-github-metadata]\n"),
            ("index.html", "---\n---\n{{ site.github.repository_nwo }}"));
        configured.Build(repository: new RepositoryMetadata("https://gitea.example.com/me/site.git", "main", Sha));
        Assert.Equal("jekyll/jekyll", configured.Output("index.html"));

        using var elsewhere = new TempSite(
            ("_config.yml", "plugins: [jekyll-github-metadata]\n"),
            ("index.html", "---\n---\n[{{ site.github.repository_nwo }}][{{ site.github.build_revision }}][{{ site.github.hostname }}][{{ site.title }}]"));
        elsewhere.Build(repository: new RepositoryMetadata("https://gitea.example.com/me/site.git", "main", Sha));
        Assert.Equal($"[][{Sha}][github.com][]", elsewhere.Output("index.html"));
    }

    [Fact]
    public void Site_github_is_absent_unless_the_plugin_is_listed()
    {
        using var site = new TempSite(("index.html", "---\n---\n[{{ site.github.build_revision }}]"));

        site.Build(repository: new RepositoryMetadata("https://github.com/o/n.git", "main", Sha));

        Assert.Equal("[]", site.Output("index.html"));
    }
}
