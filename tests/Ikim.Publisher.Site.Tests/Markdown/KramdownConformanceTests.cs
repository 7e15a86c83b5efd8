using Ikim.Publisher.Site.Markdown;

namespace Ikim.Publisher.Site.Tests.Markdown;

/// <summary>
/// Golden tests: every <c>tests/Conformance/markdown/input/NAME.md</c> converted by us must equal
/// <c>expected/NAME.html</c>, which real kramdown wrote through Jekyll 4.3.1 (generate.sh); the
/// cases under <c>options/</c> carry their own <c>kramdown:</c> configuration. Cases listed in
/// <c>known-differences.txt</c> are deliberate differences and must still differ, so the list
/// cannot go stale.
/// </summary>
public sealed class KramdownConformanceTests
{
    public static TheoryData<string> Cases() => MarkdownCases.Names(Path.Combine(MarkdownCases.Folder, "input"));

    public static TheoryData<string> OptionCases() => MarkdownCases.Names(Path.Combine(MarkdownCases.Folder, "options", "input"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Converts_like_kramdown(string name)
    {
        var (expected, actual) = MarkdownCases.Run(MarkdownCases.Folder, name, MarkdownPipelineFactory.Create());

        MarkdownCases.Check(name, expected, actual);
    }

    [Theory]
    [MemberData(nameof(OptionCases))]
    public void Converts_like_kramdown_with_options(string name)
    {
        var folder = Path.Combine(MarkdownCases.Folder, "options");
        var config = File.ReadAllText(Path.Combine(folder, "input", name + ".yml"));
        var pipeline = MarkdownPipelineFactory.Create(KramdownOptions.From(MarkdownCases.KramdownSection(config)));
        var (expected, actual) = MarkdownCases.Run(folder, name, pipeline);

        MarkdownCases.Check(name, expected, actual);
    }
}

internal static class MarkdownCases
{
    public static string Folder { get; } = FindFolder();

    private static readonly Lazy<IReadOnlySet<string>> KnownDifferences = new(() => File.ReadAllLines(Path.Combine(Folder, "known-differences.txt"))
        .Select(l => l.Split('#', 2)[0].Trim())
        .Where(l => l.Length > 0)
        .ToHashSet(StringComparer.Ordinal));

    public static TheoryData<string> Names(string inputFolder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(inputFolder, "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    public static (string Expected, string Actual) Run(string folder, string name, Markdig.MarkdownPipeline pipeline)
    {
        var input = File.ReadAllText(Path.Combine(folder, "input", name + ".md"));
        var expected = File.ReadAllText(Path.Combine(folder, "expected", name + ".html"));
        // generate.sh puts each case behind front matter; Jekyll's front matter pattern swallows
        // blank lines right after the closing "---", so kramdown never saw them.
        var body = input.TrimStart('\n');
        return (expected, KramdownConverter.ToHtml(body, pipeline));
    }

    public static void Check(string name, string expected, string actual)
    {
        if (KnownDifferences.Value.Contains(name))
        {
            Assert.NotEqual(expected, actual);
        }
        else
        {
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>The <c>kramdown:</c> section of a <c>_config.yml</c>, as plain dictionaries.</summary>
    public static Dictionary<string, object?> KramdownSection(string config)
    {
        var yaml = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(config) ?? [];
        return yaml.TryGetValue("kramdown", out var section) && section is Dictionary<object, object?> map
            ? map.ToDictionary(e => e.Key.ToString()!, e => e.Value is Dictionary<object, object?> inner ? inner.ToDictionary(i => i.Key.ToString()!, i => i.Value) : e.Value)
            : [];
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
