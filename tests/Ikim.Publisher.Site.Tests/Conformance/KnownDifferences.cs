namespace Ikim.Publisher.Site.Tests.Conformance;

/// <summary>
/// The committed list of conformance cases we knowingly render differently from Jekyll:
/// one case per line, its name (group/case) then the reason; '#' starts a comment line.
/// </summary>
internal static class KnownDifferences
{
    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return known;
        }

        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var split = line.IndexOfAny([' ', '\t']);
            var name = split < 0 ? line : line[..split];
            known[name] = split < 0 ? "" : line[(split + 1)..].Trim();
        }

        return known;
    }
}
