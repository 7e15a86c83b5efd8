using Ikim.Publisher.Options;
using Ikim.Publisher.Publishing;

namespace Ikim.Publisher.Cli;

/// <summary>The release store of the worker that would start from the current folder, for the operator's release commands.</summary>
internal static class ReleaseStoreLocator
{
    /// <summary><paramref name="root"/> (from <c>--root</c>) overrides <c>Releases:Root</c>.</summary>
    public static ReleaseStore Open(string? root)
    {
        var options = new ReleaseOptions();
        WorkerSettings.Load(Directory.GetCurrentDirectory()).GetSection(ReleaseOptions.Section).Bind(options);
        return new ReleaseStore(Path.GetFullPath(root ?? options.Root), options.ManifestPath);
    }
}
