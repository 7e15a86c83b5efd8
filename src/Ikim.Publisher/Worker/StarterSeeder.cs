using Ikim.Publisher.Git;
using Ikim.Publisher.Options;
using Microsoft.Extensions.Options;

namespace Ikim.Publisher.Worker;

/// <summary>The embedded default: seeds a local content repository with the starter IKIM site when it does not exist yet.</summary>
public sealed class StarterSeeder(PublisherPaths paths, IOptions<RepositoryOptions> options, TimeProvider clock, ILogger<StarterSeeder> logger)
{
    public void SeedIfMissing()
    {
        var settings = options.Value;
        if (!settings.SeedIfMissing || !RemoteUrl.IsLocalPath(settings.Url))
        {
            return;
        }

        var path = paths.RepositoryUrl;
        if (Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any())
        {
            return;
        }

        var sha = StarterRepository.Create(path, settings.Branch, clock.GetUtcNow());
        logger.LogInformation("Seeded the starter IKIM site into {Repository} at {Commit}", path, sha[..12]);
        logger.LogInformation(
            "To edit the site: git clone {Repository} ikim-site && cd ikim-site, change a page, git commit -am \"...\" && git push origin {Branch}; it goes live within {PollInterval}",
            path, settings.Branch, settings.PollInterval);
    }
}
