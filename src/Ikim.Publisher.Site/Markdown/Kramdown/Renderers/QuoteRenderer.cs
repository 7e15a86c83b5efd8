using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.Kramdown.Renderers;

public sealed class QuoteRenderer : KramdownObjectRenderer<QuoteBlock>
{
    protected override void Write(KramdownHtmlRenderer renderer, QuoteBlock obj) =>
        renderer.IndentedBlockElement("blockquote", KramdownAttributes.ToHtml(obj), renderer.Blocks(obj, renderer.Indent + 2), renderer.Indent);
}
