using Ikim.Publisher.Site.Markdown;

namespace Ikim.Publisher.Site.Tests.Markdown;

public sealed class KramdownOptionsTests
{
    [Fact]
    public void Missing_section_gives_jekylls_defaults()
    {
        var options = KramdownOptions.From(null);

        Assert.True(options.AutoIds);
        Assert.False(options.HardWrap);
        Assert.Equal(["lsquo", "rsquo", "ldquo", "rdquo"], options.SmartQuotes);
        Assert.Equal("plaintext", options.DefaultLang);
        Assert.Equal(1, options.FootnoteNr);
    }

    [Fact]
    public void Reads_the_options_jekyll_sites_set()
    {
        var options = KramdownOptions.From(new Dictionary<string, object?>
        {
            ["auto_id_prefix"] = "h-",
            ["toc_levels"] = "2..3",
            ["smart_quotes"] = new List<object?> { "apos", "apos", "quot", "quot" },
            ["footnote_nr"] = 5,
            ["footnote_backlink"] = "^",
            ["hard_wrap"] = true,
            ["syntax_highlighter_opts"] = new Dictionary<string, object?> { ["default_lang"] = "text" },
        });

        Assert.Equal("h-", options.AutoIdPrefix);
        Assert.Equal(new HashSet<int> { 2, 3 }, options.TocLevels);
        Assert.Equal(["apos", "apos", "quot", "quot"], options.SmartQuotes);
        Assert.Equal(5, options.FootnoteNr);
        Assert.Equal("^", options.FootnoteBacklink);
        Assert.True(options.HardWrap);
        Assert.Equal("text", options.DefaultLang);
    }

    [Fact]
    public void Toc_levels_accept_lists_and_comma_separated_text()
    {
        Assert.Equal(new HashSet<int> { 1, 2 }, KramdownOptions.From(new Dictionary<string, object?> { ["toc_levels"] = new List<object?> { 1L, 2L } }).TocLevels);
        Assert.Equal(new HashSet<int> { 2, 4 }, KramdownOptions.From(new Dictionary<string, object?> { ["toc_levels"] = "2,4" }).TocLevels);
    }

    [Fact]
    public void Equal_option_sets_share_one_pipeline_and_different_ones_do_not()
    {
        var hardWrap = new Dictionary<string, object?> { ["hard_wrap"] = true };

        Assert.Same(MarkdownPipelineFactory.Create(), MarkdownPipelineFactory.Create(KramdownOptions.From(null)));
        Assert.Same(MarkdownPipelineFactory.Create(KramdownOptions.From(hardWrap)), MarkdownPipelineFactory.Create(KramdownOptions.From(hardWrap)));
        Assert.NotSame(MarkdownPipelineFactory.Create(), MarkdownPipelineFactory.Create(KramdownOptions.From(hardWrap)));
    }

    [Fact]
    public void A_pipeline_converts_with_the_options_it_was_built_with()
    {
        var pipeline = MarkdownPipelineFactory.Create(KramdownOptions.From(new Dictionary<string, object?> { ["hard_wrap"] = true }));

        Assert.Equal("<p>a<br />\nb</p>\n", KramdownConverter.ToHtml("a\nb\n", pipeline));
        Assert.Equal("<p>a\nb</p>\n", KramdownConverter.ToHtml("a\nb\n", MarkdownPipelineFactory.Create()));
    }

    [Fact]
    public void Concurrent_conversions_do_not_share_state()
    {
        var pipeline = MarkdownPipelineFactory.Create();
        var results = Enumerable.Range(0, 64).AsParallel().AsOrdered()
            .Select(i => KramdownConverter.ToHtml($"# H{i}\n\nText[^n].\n\n[^n]: Note {i}.\n", pipeline))
            .ToList();

        for (var i = 0; i < results.Count; i++)
        {
            Assert.Contains($"<h1 id=\"h{i}\">H{i}</h1>", results[i], StringComparison.Ordinal);
            Assert.Contains($"<p>Note {i}.\u00a0<a href=\"#fnref:n\"", results[i], StringComparison.Ordinal);
            Assert.Contains(">1</a></sup>", results[i], StringComparison.Ordinal);
        }
    }
}
