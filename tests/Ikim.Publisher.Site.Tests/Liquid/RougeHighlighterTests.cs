using Ikim.Publisher.Site.Liquid.Highlighting;
using Ikim.Publisher.Site.Tests.Conformance;

namespace Ikim.Publisher.Site.Tests.Liquid;

/// <summary>
/// Our lexers against real Rouge 3.30: tests/Conformance/rouge holds sample code per language and
/// the HTML Rouge wrote for it (tests/Conformance/rouge/generate-expected.sh).
/// </summary>
public sealed class RougeHighlighterTests
{
    private static readonly string Suite = Path.Combine(ConformancePaths.Root, "rouge");

    public static TheoryData<string> Languages() =>
        new(Directory.GetFiles(Path.Combine(Suite, "input"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Highlights_as_rouge_does(string language)
    {
        var code = File.ReadAllText(Path.Combine(Suite, "input", language + ".txt"));
        var expected = File.ReadAllText(Path.Combine(Suite, "expected", language + ".html"));

        Assert.Equal(expected, RougeHighlighter.Highlight(language, code));
    }

    [Fact]
    public void Aliases_find_the_same_lexer()
    {
        Assert.Equal(RougeHighlighter.Highlight("python", "x = 1"), RougeHighlighter.Highlight("py", "x = 1"));
        Assert.Equal(RougeHighlighter.Highlight("shell", "echo hi"), RougeHighlighter.Highlight("bash", "echo hi"));
        Assert.Equal(RougeHighlighter.Highlight("javascript", "let x"), RougeHighlighter.Highlight("js", "let x"));
        Assert.Equal(RougeHighlighter.Highlight("csharp", "var x"), RougeHighlighter.Highlight("c#", "var x"));
        Assert.Equal(RougeHighlighter.Highlight("csharp", "var x"), RougeHighlighter.Highlight("cs", "var x"));
        Assert.Equal(RougeHighlighter.Highlight("r", "x <- NULL"), RougeHighlighter.Highlight("R", "x <- NULL"));
    }

    [Fact]
    public void Unknown_language_is_escaped_plain_text()
    {
        Assert.Equal("a &lt;b&gt; &amp; c", RougeHighlighter.Highlight("nosuchlang", "a <b> & c"));
    }

    [Fact]
    public void Line_number_table_counts_an_unterminated_last_line()
    {
        var html = RougeHighlighter.HighlightTable("nosuchlang", "a\nb");

        Assert.Equal(
            "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">1\n2\n</pre></td>" +
            "<td class=\"code\"><pre>a\nb\n</pre></td></tr></tbody></table>",
            html);
    }
}
