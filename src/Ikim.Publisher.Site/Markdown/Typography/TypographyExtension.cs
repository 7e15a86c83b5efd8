using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ikim.Publisher.Site.Markdown.Typography;

/// <summary>
/// kramdown's smart quotes (with the smart_quotes option) and typographic symbols, applied to
/// runs of plain text; escaped characters, code, HTML and URLs are left alone, as in kramdown.
/// </summary>
public sealed class TypographyExtension : KramdownFeature, IKramdownTreeProcessor
{
    protected override IEnumerable<InlineParser> InlineParsers() => [new GuillemetParser()];

    public void Process(KramdownContext context)
    {
        foreach (var leaf in context.Document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inline)
            {
                Convert(inline, context.Options);
            }
        }
    }

    private static void Convert(ContainerInline container, KramdownOptions options)
    {
        var run = new List<LiteralInline>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LiteralInline { IsFirstCharacterEscaped: false } literal)
            {
                run.Add(literal);
                continue;
            }

            // Following(child) renders an emphasis as text: only worth it when there is a run to convert.
            if (run.Count > 0)
            {
                ConvertRun(run, options, Following(child));
            }

            if (child is ContainerInline inner && child is not LinkInline { IsImage: true })
            {
                Convert(inner, options);
            }
        }

        ConvertRun(run, options, "");
    }

    // What kramdown's scanner would see right after the run, for the rules' look-ahead.
    private static string Following(Inline next) => next switch
    {
        EmphasisInline emphasis => new string(emphasis.DelimiterChar, emphasis.DelimiterCount) + PlainText.Of(emphasis),
        CodeInline => "`",
        LinkInline link => link.IsImage ? "![" : "[",
        HtmlInline or AutolinkInline => "<",
        LineBreakInline => "\n",
        HtmlEntityInline => "&",
        LiteralInline literal => literal.Content.ToString(),
        _ => "",
    };

    private static void ConvertRun(List<LiteralInline> run, KramdownOptions options, string following)
    {
        if (run.Count == 0)
        {
            return;
        }

        var text = run.Count == 1 ? run[0].Content.ToString() : string.Concat(run.Select(l => l.Content.ToString()));
        var converted = SmartQuotes.Convert(text, options.SmartQuotes, options.Typographic, following);
        if (converted != text)
        {
            run[0].Content = new StringSlice(converted);
            for (var i = 1; i < run.Count; i++)
            {
                run[i].Remove();
            }
        }

        run.Clear();
    }
}
