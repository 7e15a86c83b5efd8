using System.Collections.Concurrent;
using System.Text;
using Ikim.Publisher.Site.Markdown;
using Ikim.Publisher.Site.Sources;
using Xunit.Abstractions;

namespace Ikim.Publisher.Site.Tests.Conformance;

/// <summary>
/// Renders every case of tests/Conformance/liquid and compares it byte for byte with what
/// Jekyll 4.3.1 wrote. Cases listed in known-differences.txt may fail; the test fails on any
/// other failure, and also when a listed case passes, so the list can only shrink.
/// Set LIQUID_CONFORMANCE_REPORT to a file path to get every failing case's expected and actual output.
/// </summary>
public sealed class LiquidConformanceTests(ITestOutputHelper output)
{
    private static readonly string Suite = Path.Combine(ConformancePaths.Root, "liquid");

    [Fact]
    public void Every_case_renders_as_jekyll_does_except_the_known_differences()
    {
        var known = KnownDifferences.Read(Path.Combine(Suite, "known-differences.txt"));
        var results = RunAll();

        var newFailures = results.Where(r => !r.Passed && !known.ContainsKey(r.Case)).ToList();
        var nowPassing = results.Where(r => r.Passed && known.ContainsKey(r.Case)).Select(r => r.Case).ToList();
        var unknownListed = known.Keys.Except(results.Select(r => r.Case)).ToList();

        output.WriteLine(Summary(results));
        WriteReport(results);

        var problems = new StringBuilder();
        foreach (var failure in newFailures)
        {
            problems.AppendLine($"NEW FAILURE {failure.Case}: {failure.Detail}");
        }

        foreach (var name in nowPassing)
        {
            problems.AppendLine($"NOW PASSES {name}: remove it from known-differences.txt");
        }

        foreach (var name in unknownListed)
        {
            problems.AppendLine($"LISTED BUT NO SUCH CASE {name}");
        }

        Assert.True(problems.Length == 0, problems.ToString());
    }

    private static List<CaseResult> RunAll()
    {
        var input = new DirectorySourceTree(Path.Combine(Suite, "input"));
        var expectedRoot = Path.Combine(Suite, "expected");
        var cases = input.Files.Where(IsCase).ToList();
        Assert.NotEmpty(cases);

        var builder = new SiteBuilder(MarkdownPipelineFactory.Create());
        var scratch = Path.Combine(Path.GetTempPath(), "ikim-liquid-conformance-" + Guid.NewGuid().ToString("N"));
        var results = new ConcurrentBag<CaseResult>();
        try
        {
            Parallel.ForEach(cases, path =>
            {
                var name = path["cases/".Length..^".html".Length];
                var expected = File.ReadAllBytes(Path.Combine(expectedRoot, path));
                results.Add(Run(builder, input, path, name, expected, Path.Combine(scratch, name)));
            });
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }

        return results.OrderBy(r => r.Case, StringComparer.Ordinal).ToList();
    }

    private static CaseResult Run(SiteBuilder builder, ISourceTree input, string path, string name, byte[] expected, string destination)
    {
        try
        {
            builder.Build(new BuildRequest(new CaseSourceTree(input, path), destination, TempSite.FixedTime));
            var actual = File.ReadAllBytes(Path.Combine(destination, path));
            return actual.AsSpan().SequenceEqual(expected)
                ? new CaseResult(name, true, "", Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual))
                : new CaseResult(name, false, "output differs", Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        }
        catch (Exception ex)
        {
            return new CaseResult(name, false, ex.GetType().Name + ": " + ex.Message, Encoding.UTF8.GetString(expected), "");
        }
    }

    private static bool IsCase(string path) =>
        path.StartsWith("cases/", StringComparison.Ordinal)
        && path.EndsWith(".html", StringComparison.Ordinal)
        && path.Count(c => c == '/') == 2;

    private static string Summary(IReadOnlyList<CaseResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine($"{"group",-16} {"cases",6} {"pass",6} {"fail",6}");
        foreach (var group in results.GroupBy(r => r.Case[..r.Case.IndexOf('/')]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"{group.Key,-16} {group.Count(),6} {group.Count(r => r.Passed),6} {group.Count(r => !r.Passed),6}");
        }

        text.AppendLine($"{"total",-16} {results.Count,6} {results.Count(r => r.Passed),6} {results.Count(r => !r.Passed),6}");
        return text.ToString();
    }

    private static void WriteReport(IReadOnlyList<CaseResult> results)
    {
        var path = Environment.GetEnvironmentVariable("LIQUID_CONFORMANCE_REPORT");
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        var text = new StringBuilder(Summary(results));
        foreach (var failure in results.Where(r => !r.Passed))
        {
            text.AppendLine().AppendLine($"##### {failure.Case}: {failure.Detail}")
                .AppendLine("--- expected").Append(failure.Expected)
                .AppendLine("--- actual").Append(failure.Actual);
        }

        File.WriteAllText(path, text.ToString());
    }

    private sealed record CaseResult(string Case, bool Passed, string Detail, string Expected, string Actual);
}
