using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.Kramdown.Renderers;

/// <summary>kramdown's <c>convert_root</c>: the blocks, then whatever the root finishers add (footnotes, the TOC).</summary>
public sealed class DocumentRenderer(IReadOnlyList<IDocumentFinisher> finishers) : KramdownObjectRenderer<MarkdownDocument>
{
    protected override void Write(KramdownHtmlRenderer renderer, MarkdownDocument obj)
    {
        var html = renderer.Blocks(obj, 0);
        foreach (var finisher in finishers)
        {
            html = finisher.Finish(renderer, html);
        }

        renderer.Write(html);
    }
}

/// <summary>Work kramdown does on the whole output at the end (footnote list, TOC placeholder).</summary>
public interface IDocumentFinisher
{
    string Finish(KramdownHtmlRenderer renderer, string html);
}
