using Ikim.Publisher.Site.Markdown;

namespace Ikim.Publisher.Site.Tests.Markdown;

/// <summary>
/// Golden tests: every <c>tests/Conformance/markdown/input/NAME.md</c> converted by us must equal
/// <c>expected/NAME.html</c>, which real kramdown wrote through Jekyll 4.3.1 (generate.sh).
/// </summary>
public sealed class KramdownConformanceTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(MarkdownCases.Folder, "input"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Converts_like_kramdown(string name)
    {
        var (expected, actual) = MarkdownCases.Run(name);

        Assert.Equal(expected, actual);
    }
}

internal static class MarkdownCases
{
    public static string Folder { get; } = FindFolder();

    public static (string Expected, string Actual) Run(string name)
    {
        var input = File.ReadAllText(Path.Combine(Folder, "input", name + ".md"));
        var expected = File.ReadAllText(Path.Combine(Folder, "expected", name + ".html"));
        // generate.sh puts each case behind front matter; Jekyll's front matter pattern swallows
        // blank lines right after the closing "---", so kramdown never saw them.
        var body = input.TrimStart('\n');
        return (expected, KramdownConverter.ToHtml(body, MarkdownPipelineFactory.Create()));
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Conformance", "markdown");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Conformance/markdown not found above " + AppContext.BaseDirectory);
    }
}
