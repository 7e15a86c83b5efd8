using Ikim.Publisher.Site.Markdown.HeaderIds;
using Ikim.Publisher.Site.Markdown.Kramdown.Renderers;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ikim.Publisher.Site.Markdown.Kramdown;

/// <summary>
/// The base of the kramdown pipeline: <see cref="KramdownHtmlRenderer"/>'s renderers for the
/// CommonMark nodes. Other extensions add their node renderers and the document finishers.
/// It carries the pipeline's kramdown options.
/// </summary>
public sealed class KramdownExtension(KramdownOptions options) : IMarkdownExtension, IKramdownTreeProcessor
{
    public KramdownExtension()
        : this(KramdownOptions.Default)
    {
    }

    public KramdownOptions Options => options;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not KramdownHtmlRenderer)
        {
            return;
        }

        var finishers = pipeline.Extensions.OfType<IDocumentFinisher>().ToList();
        renderer.ObjectRenderers.Add(new DocumentRenderer(finishers));
        renderer.ObjectRenderers.Add(new ParagraphRenderer());
        renderer.ObjectRenderers.Add(new HeadingRenderer());
        renderer.ObjectRenderers.Add(new ThematicBreakRenderer());
        renderer.ObjectRenderers.Add(new QuoteRenderer());
        renderer.ObjectRenderers.Add(new LiteralRenderer());
        renderer.ObjectRenderers.Add(new EmphasisRenderer());
        renderer.ObjectRenderers.Add(new LineBreakRenderer());
        renderer.ObjectRenderers.Add(new HtmlEntityRenderer());
        renderer.ObjectRenderers.Add(new LinkRenderer());
        renderer.ObjectRenderers.Add(new AutolinkRenderer());
        renderer.ObjectRenderers.Add(new HtmlInlineRenderer());
        renderer.ObjectRenderers.Add(new DelimiterRenderer());
    }

    // Parse-time work kramdown does before IALs apply: a header's own {#id}, and its GFM quirk
    // that an escaped backslash at the end of a line still makes a hard line break (the text
    // "\\\n" it leaves behind is what kramdown-parser-gfm splits lines at).
    public void Process(KramdownContext context)
    {
        KramdownHeaderIdExtension.ReadExplicitIds(context.Document);
        foreach (var literal in context.Document.Descendants<LiteralInline>().Where(l => l.IsFirstCharacterEscaped).ToList())
        {
            if (literal.Content.ToString() == "\\" && literal.NextSibling is LineBreakInline { IsHard: false } lineBreak)
            {
                lineBreak.IsHard = true;
                lineBreak.IsBackslash = true;
                literal.Remove();
            }
        }
    }
}
