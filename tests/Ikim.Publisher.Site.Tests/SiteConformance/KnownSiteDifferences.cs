using System.Text;
using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Tests.SiteConformance;

/// <summary>
/// <c>tests/Conformance/sites/known-differences.txt</c>: one <c>site/path  reason</c> per line (two or more
/// spaces before the reason, '#' starts a comment). Lists the output files that are known to differ
/// from Jekyll's, so the conformance test fails on any new difference and on any listed file that starts matching.
/// </summary>
internal sealed partial class KnownSiteDifferences
{
    private readonly string _file;
    private readonly List<(string Site, string Path, string Reason)> _entries;

    private KnownSiteDifferences(string file, List<(string Site, string Path, string Reason)> entries)
    {
        _file = file;
        _entries = entries;
    }

    public static KnownSiteDifferences Load(string file)
    {
        var entries = new List<(string, string, string)>();
        if (File.Exists(file))
        {
            foreach (var raw in File.ReadAllLines(file))
            {
                var line = raw.TrimEnd();
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var match = EntryPattern().Match(line);
                if (!match.Success)
                {
                    throw new FormatException($"{file}: '{line}' is not 'site/path  reason'");
                }

                var key = match.Groups["key"].Value;
                var slash = key.IndexOf('/');
                entries.Add((key[..slash], key[(slash + 1)..], match.Groups["reason"].Value));
            }
        }

        return new KnownSiteDifferences(file, entries);
    }

    public IReadOnlyDictionary<string, string> For(string site) =>
        _entries.Where(e => e.Site == site).ToDictionary(e => e.Path, e => e.Reason, StringComparer.Ordinal);

    /// <summary>Replaces one site's entries, keeping the reasons of entries that stay; used by the update mode.</summary>
    public void Update(string site, IEnumerable<string> differingPaths)
    {
        var previous = For(site);
        _entries.RemoveAll(e => e.Site == site);
        foreach (var path in differingPaths.Order(StringComparer.Ordinal))
        {
            _entries.Add((site, path, previous.GetValueOrDefault(path) ?? "unclassified: new difference"));
        }

        var text = new StringBuilder();
        foreach (var line in File.Exists(_file) ? File.ReadAllLines(_file) : [])
        {
            if (!line.StartsWith('#'))
            {
                break;
            }

            text.Append(line).Append('\n');
        }

        foreach (var (entrySite, path, reason) in _entries.OrderBy(e => e.Site, StringComparer.Ordinal).ThenBy(e => e.Path, StringComparer.Ordinal))
        {
            text.Append(entrySite).Append('/').Append(path).Append("  ").Append(reason).Append('\n');
        }

        File.WriteAllText(_file, text.ToString());
    }

    [GeneratedRegex(@"^(?<key>[^/\s]+/\S.*?)(?:\t+| {2,})(?<reason>\S.*)$")]
    private static partial Regex EntryPattern();
}
