using Ikim.Publisher.Site.Markdown;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Tests.Sass;

/// <summary>
/// Builds the Sass fixture sites (<c>tests/Conformance/sites/sass-*</c>) and compares every file with what
/// Debian's Jekyll 4.3.1 (jekyll-sass-converter 2.2 on libsass 3.6.5) wrote: the same set of files, and every
/// stylesheet and source map byte for byte. The sites' HTML pages are the whole-site conformance suite's to judge.
/// </summary>
public sealed class SassConformanceTests
{
    public static TheoryData<string> Sites() =>
        [.. Directory.EnumerateDirectories(SitesRoot, "sass-*").Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Sites))]
    public void Sass_site_is_built_byte_for_byte_as_jekyll_builds_it(string site)
    {
        using var output = new TempSite();
        var destination = output.Destination;
        var source = new DirectorySourceTree(Path.Combine(SitesRoot, site, "input"));

        // TempSite's clock is the one generate-expected.sh freezes Jekyll at.
        new SiteBuilder(MarkdownPipelineFactory.Create()).Build(new BuildRequest(source, destination, TempSite.FixedTime));

        var expectedRoot = Path.Combine(SitesRoot, site, "expected");
        Assert.Equal(Files(expectedRoot), Files(destination));
        foreach (var file in Files(expectedRoot).Where(f => f.EndsWith(".css", StringComparison.Ordinal) || f.EndsWith(".css.map", StringComparison.Ordinal)))
        {
            var expected = File.ReadAllText(Path.Combine(expectedRoot, file));
            var actual = File.ReadAllText(Path.Combine(destination, file));
            Assert.True(expected == actual, $"{site}/{file} differs\n--- Jekyll\n{expected}\n--- ours\n{actual}");
            Assert.Equal(File.ReadAllBytes(Path.Combine(expectedRoot, file)), File.ReadAllBytes(Path.Combine(destination, file)));
        }
    }

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];

    private static string SitesRoot { get; } = Path.Combine(RepositoryRoot(), "tests", "Conformance", "sites");

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Ikim.Publisher.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("Ikim.Publisher.sln not found above " + AppContext.BaseDirectory);
    }
}
