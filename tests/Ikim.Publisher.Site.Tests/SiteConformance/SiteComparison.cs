using System.Text;

namespace Ikim.Publisher.Site.Tests.SiteConformance;

/// <summary>
/// Compares a built site with Jekyll's expected output file by file: HTML through
/// <see cref="HtmlNormalizer"/>, everything else byte for byte.
/// </summary>
internal sealed class SiteComparison
{
    private readonly Dictionary<string, string> _differences = new(StringComparer.Ordinal);

    private SiteComparison()
    {
    }

    public int Identical { get; private set; }

    /// <summary>Each differing output path with a readable explanation (missing, extra, or a diff).</summary>
    public IReadOnlyDictionary<string, string> Differences => _differences;

    /// <summary>The key under which a site whose build fails is listed: <c>site/*</c>.</summary>
    public const string WholeSite = "*";

    public static SiteComparison Failed(string error, string expectedRoot)
    {
        var comparison = new SiteComparison { BuildError = error, Expected = Files(expectedRoot).Count };
        comparison._differences[WholeSite] = $"      the build failed: {error}\n";
        return comparison;
    }

    /// <summary>Why the build failed, when it did; then nothing was compared.</summary>
    public string? BuildError { get; private init; }

    /// <summary>How many files Jekyll wrote.</summary>
    public int Expected { get; private init; }

    public static SiteComparison Compare(string expectedRoot, string actualRoot)
    {
        var expected = Files(expectedRoot);
        var comparison = new SiteComparison { Expected = expected.Count };
        var actual = Files(actualRoot);
        foreach (var path in expected.Union(actual).Order(StringComparer.Ordinal))
        {
            if (!actual.Contains(path))
            {
                comparison._differences[path] = "      missing: Jekyll writes this file, we do not\n";
            }
            else if (!expected.Contains(path))
            {
                comparison._differences[path] = "      extra: we write this file, Jekyll does not\n";
            }
            else if (CompareFile(Path.Combine(expectedRoot, path), Path.Combine(actualRoot, path)) is { } diff)
            {
                comparison._differences[path] = diff;
            }
            else
            {
                comparison.Identical++;
            }
        }

        return comparison;
    }

    private static string? CompareFile(string expectedPath, string actualPath)
    {
        var expected = File.ReadAllBytes(expectedPath);
        var actual = File.ReadAllBytes(actualPath);
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return null;
        }

        var extension = Path.GetExtension(expectedPath).ToLowerInvariant();
        if (extension is ".png" or ".jpg" or ".gif" or ".ico" or ".woff" or ".woff2" or ".pdf")
        {
            return $"      binary files differ ({expected.Length} vs {actual.Length} bytes)\n";
        }

        var expectedText = Encoding.UTF8.GetString(expected);
        var actualText = Encoding.UTF8.GetString(actual);
        if (extension is ".html" or ".htm")
        {
            var expectedHtml = HtmlNormalizer.Normalize(expectedText);
            var actualHtml = HtmlNormalizer.Normalize(actualText);
            return expectedHtml == actualHtml ? null : LineDiff.Format(expectedHtml, actualHtml);
        }

        return LineDiff.Format(expectedText, actualText);
    }

    private static HashSet<string> Files(string root) => Directory.Exists(root)
        ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal)
        : [];
}
