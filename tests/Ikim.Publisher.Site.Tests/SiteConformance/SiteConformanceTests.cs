using System.Text;
using Ikim.Publisher.Site.Markdown;
using Ikim.Publisher.Site.Sources;
using Xunit.Abstractions;

namespace Ikim.Publisher.Site.Tests.SiteConformance;

/// <summary>
/// Builds every fixture site in <c>tests/Conformance/sites/&lt;name&gt;/input</c> and compares the output
/// with what Jekyll 4.3.1 wrote into <c>expected/</c>. Differences listed in <c>known-differences.txt</c>
/// are tolerated; the test fails on any other difference and on a listed file that now matches.
/// Run with <c>UPDATE_KNOWN_DIFFERENCES=1</c> to rewrite a site's entries after a deliberate change.
/// Each site is built twice: recording dependencies (as the worker builds) and not (as the command line does).
/// </summary>
public sealed class SiteConformanceTests(ITestOutputHelper output)
{
    /// <summary>The clock generate-expected.sh freezes Jekyll at (libfaketime, TZ=UTC).</summary>
    private static readonly DateTimeOffset JekyllTime = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, bool> Sites()
    {
        var data = new TheoryData<string, bool>();
        foreach (var folder in Directory.EnumerateDirectories(SitesRoot).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(folder, "input", "_config.yml")))
            {
                data.Add(Path.GetFileName(folder), true);
                data.Add(Path.GetFileName(folder), false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Site_is_built_as_jekyll_builds_it(string site, bool recordDependencies)
    {
        var destination = Path.Combine(Path.GetTempPath(), "ikim-conformance-" + Guid.NewGuid().ToString("N"));
        try
        {
            var source = new DirectorySourceTree(Path.Combine(SitesRoot, site, "input"));
            SiteComparison comparison;
            try
            {
                new SiteBuilder(MarkdownPipelineFactory.Create()).Build(new BuildRequest(source, destination, JekyllTime) { ThemesPaths = [Path.Combine(SitesRoot, site, "themes")], RecordDependencies = recordDependencies });
                comparison = SiteComparison.Compare(Path.Combine(SitesRoot, site, "expected"), destination);
            }
            catch (Exception ex) when (ex is Diagnostics.SiteBuildException)
            {
                // Jekyll stops a build at the first error, and so do we: the whole site is one difference.
                comparison = SiteComparison.Failed(ex.Message, Path.Combine(SitesRoot, site, "expected"));
            }

            Check(site, comparison);
        }
        finally
        {
            if (Directory.Exists(destination))
            {
                Directory.Delete(destination, recursive: true);
            }
        }
    }

    private void Check(string site, SiteComparison comparison)
    {
        var knownFile = Path.Combine(SitesRoot, "known-differences.txt");
        var known = KnownSiteDifferences.Load(knownFile);
        var listed = known.For(site);
        output.WriteLine(comparison.BuildError is { } error
            ? $"{site}: build fails, {comparison.Expected} files not compared: {error}"
            : $"{site}: {comparison.Identical} of {comparison.Expected} Jekyll files identical, {comparison.Differences.Count} differing ({listed.Count} listed as known)");

        var report = new StringBuilder();
        foreach (var (path, diff) in comparison.Differences)
        {
            if (listed.TryGetValue(path, out var reason))
            {
                output.WriteLine($"  known   {path}: {reason}");
                continue;
            }

            report.Append($"  NEW DIFFERENCE {site}/{path}\n{diff}");
        }

        foreach (var (path, reason) in listed)
        {
            if (!comparison.Differences.ContainsKey(path))
            {
                report.Append($"  NOW MATCHES {site}/{path} (listed as: {reason}); remove it from known-differences.txt\n");
            }
        }

        if (report.Length == 0)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("UPDATE_KNOWN_DIFFERENCES") == "1")
        {
            known.Update(site, comparison.Differences.Keys);
            output.WriteLine($"known-differences.txt updated for {site}");
            return;
        }

        Assert.Fail($"{site}: output differs from Jekyll's beyond known-differences.txt\n{report}");
    }

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
