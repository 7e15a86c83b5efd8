using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.Kramdown.Renderers;

public sealed class HeadingRenderer : KramdownObjectRenderer<HeadingBlock>
{
    protected override void Write(KramdownHtmlRenderer renderer, HeadingBlock obj)
    {
        TableOfContents.TableOfContentsExtension.Collect(renderer, obj);
        renderer.BlockElement("h" + obj.Level, KramdownAttributes.ToHtml(obj), renderer.Inlines(obj.Inline), renderer.Indent);
    }
}
