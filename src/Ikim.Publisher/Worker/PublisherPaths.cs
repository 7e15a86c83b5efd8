using Ikim.Publisher.Options;
using Microsoft.Extensions.Options;

namespace Ikim.Publisher.Worker;

/// <summary>Configured paths made absolute against the content root (the folder the worker runs from).</summary>
public sealed class PublisherPaths(IHostEnvironment environment, IOptions<RepositoryOptions> repository, IOptions<ReleaseOptions> releases, IOptions<SiteOptions> site)
{
    public string Resolve(string path) => Path.GetFullPath(path, environment.ContentRootPath);

    public string CachePath => Resolve(repository.Value.CachePath);

    public string ReleasesRoot => Resolve(releases.Value.Root);

    /// <summary>Where <c>theme: NAME</c> is looked for.</summary>
    public string ThemesPath => Resolve(site.Value.ThemesPath);

    /// <summary>The repository URL, with a local path made absolute so the mirror can follow it.</summary>
    public string RepositoryUrl => Git.RemoteUrl.IsLocalPath(repository.Value.Url) ? Resolve(repository.Value.Url) : repository.Value.Url;
}
