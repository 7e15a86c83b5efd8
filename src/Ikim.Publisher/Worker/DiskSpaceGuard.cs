using Ikim.Publisher.Options;
using Ikim.Publisher.Publishing;
using Microsoft.Extensions.Options;

namespace Ikim.Publisher.Worker;

/// <summary>
/// The free-space floor checked before every build: a build that would fill the disk could take
/// the web server's logs, or the next switch, down with it. Under the floor no build starts.
/// </summary>
public sealed class DiskSpaceGuard(ReleaseStore store, IOptions<BuildLimitsOptions> limits)
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>Null when there is room; otherwise why no build may start.</summary>
    public string? Shortage()
    {
        var floor = limits.Value.MinFreeDiskMegabytes;
        if (floor == 0)
        {
            return null;
        }

        var free = new DriveInfo(store.ReleasesPath).AvailableFreeSpace;
        return free >= floor * Megabyte
            ? null
            : $"only {free / Megabyte} MB free for {store.ReleasesPath}, under the floor of {floor} MB (Build:MinFreeDiskMegabytes)";
    }
}
