using System.Globalization;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Cli;

/// <summary>
/// SOURCE_DATE_EPOCH (reproducible-builds.org): when set, it is the build's "now" (<c>site.time</c>)
/// and every source file time later than it is clamped to it, as the convention asks, so file
/// times of a fresh checkout (<c>static_files[].modified_time</c>) do not leak into the output.
/// </summary>
internal static class SourceDateEpoch
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    public static DateTimeOffset? Read() =>
        long.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch)
            ? DateTimeOffset.FromUnixTimeSeconds(epoch)
            : null;

    public static ISourceTree Clamp(ISourceTree tree, DateTimeOffset epoch) => new ClampedTree(tree, epoch);

    private sealed class ClampedTree(ISourceTree inner, DateTimeOffset epoch) : ISourceTree
    {
        public IReadOnlyList<string> Files => inner.Files;

        public byte[] Read(string path) => inner.Read(path);

        public DateTimeOffset ModifiedTime(string path) => inner.ModifiedTime(path) is var time && time > epoch ? epoch : time;

        public bool Contains(string path) => inner.Contains(path);
    }
}
