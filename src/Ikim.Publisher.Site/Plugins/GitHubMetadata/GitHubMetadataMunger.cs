using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Plugins.GitHubMetadata;

/// <summary>
/// jekyll-github-metadata's SiteGitHubMunger, run where Jekyll runs it (<c>:site, :after_init</c>, before
/// reading): <c>site.github</c> becomes the metadata below, with a <c>github:</c> mapping of the site's own
/// merged over it, and <c>site.title</c> falls back to the repository name. There is no network: what only
/// GitHub's API knows (tagline, language, contributors, releases…) is nil or empty. <c>site.url</c> and
/// <c>site.baseurl</c> are left alone, as the plugin does outside production and Pages builds; a self-hosted
/// site's URL is not its github.io address anyway.
/// </summary>
internal static class GitHubMetadataMunger
{
    // Pages.rb's defaults (the PAGES_* environment variables are not read: builds do not depend on the host).
    private const string GitHubUrl = "https://github.com";
    private const string Environment = "dotcom";
    private const string Hostname = "github.com";
    private const string PagesHostname = "github.io";

    public static SiteConfiguration Apply(SiteConfiguration configuration, RepositoryMetadata? repository)
    {
        var values = new Dictionary<string, object?>(configuration.Values, StringComparer.Ordinal);
        var nwo = RepositoryNwo.Find(values.GetValueOrDefault("repository"), repository?.RemoteUrl);
        var drop = Metadata(nwo, repository);
        values["github"] = values.GetValueOrDefault("github") switch
        {
            null => drop,
            IReadOnlyDictionary<string, object?> own => DataMerge.Merge(drop, own),
            var other => other,
        };

        // add_title_and_description_fallbacks!: not over `name`, which older themes use for the title.
        if (values.GetValueOrDefault("title") is null && values.GetValueOrDefault("name") is null && nwo is not null)
        {
            values["title"] = nwo.Name;
        }

        return new SiteConfiguration(values);
    }

    /// <summary>MetadataDrop's keys, sorted as its <c>keys</c> are.</summary>
    private static Dictionary<string, object?> Metadata(RepositoryNwo? nwo, RepositoryMetadata? repository)
    {
        var repositoryUrl = nwo is null ? null : $"{GitHubUrl}/{nwo}";
        var userPage = nwo is not null && IsUserPage(nwo);
        var baseUrl = nwo is null ? null : userPage ? "" : "/" + nwo.Name;
        var ownerUrl = nwo is null ? null : $"{GitHubUrl}/{nwo.Owner}";
        var metadata = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["api_url"] = "https://api.github.com",
            ["archived"] = null,
            ["baseurl"] = baseUrl,
            ["build_revision"] = repository?.CommitSha,
            ["clone_url"] = repositoryUrl is null ? null : repositoryUrl + ".git",
            ["contributors"] = new List<object?>(),
            ["disabled"] = null,
            ["environment"] = Environment,
            ["help_url"] = "https://help.github.com",
            ["hostname"] = Hostname,
            ["is_project_page"] = nwo is null ? null : !userPage,
            ["is_user_page"] = nwo is null ? null : userPage,
            ["issues_url"] = null,
            ["language"] = null,
            ["latest_release"] = null,
            ["license"] = null,
            ["organization_members"] = new List<object?>(),
            ["owner"] = null,
            ["owner_gravatar_url"] = ownerUrl is null ? null : ownerUrl + ".png",
            ["owner_name"] = nwo?.Owner,
            ["owner_url"] = ownerUrl,
            ["pages_env"] = Environment,
            ["pages_hostname"] = PagesHostname,
            ["private"] = null,
            ["project_tagline"] = null,
            ["project_title"] = nwo?.Name,
            ["public_repositories"] = new List<object?>(),
            ["releases"] = new List<object?>(),
            ["releases_url"] = repositoryUrl is null ? null : repositoryUrl + "/releases",
            ["repository_name"] = nwo?.Name,
            ["repository_nwo"] = nwo?.ToString(),
            ["repository_url"] = repositoryUrl,
            ["show_downloads"] = null,
            ["source"] = repository?.Branch is { } branch ? new Dictionary<string, object?>(StringComparer.Ordinal) { ["branch"] = branch, ["path"] = "/" } : null,
            ["tar_url"] = null,
            ["url"] = nwo is null ? null : $"https://{nwo.Owner.ToLowerInvariant()}.{PagesHostname}{baseUrl}",
            ["versions"] = new Dictionary<string, object?>(StringComparer.Ordinal),
            ["wiki_url"] = null,
            ["zip_url"] = null,
        };
        return metadata;
    }

    // Repository#user_page?: the repository is named after its owner's Pages host (owner.github.io, or the older owner.github.com).
    private static bool IsUserPage(RepositoryNwo nwo)
    {
        var name = nwo.Name.ToLowerInvariant();
        var owner = nwo.Owner.ToLowerInvariant();
        return name == $"{owner}.{PagesHostname}" || name == $"{owner}.{Hostname}";
    }
}
