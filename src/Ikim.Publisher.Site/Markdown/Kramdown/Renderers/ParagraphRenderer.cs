using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.Kramdown.Renderers;

/// <summary>kramdown's <c>convert_p</c>: transparent paragraphs (tight list items) write only their text.</summary>
public sealed class ParagraphRenderer : KramdownObjectRenderer<ParagraphBlock>
{
    protected override void Write(KramdownHtmlRenderer renderer, ParagraphBlock obj)
    {
        var inner = renderer.Inlines(obj.Inline) + renderer.Context.AppendedHtml(obj);
        if (renderer.Context.IsTransparent(obj))
        {
            renderer.Write(inner);
            if (renderer.Context.IsContinued(obj))
            {
                renderer.Write('\n');
            }

            return;
        }

        renderer.BlockElement("p", KramdownAttributes.ToHtml(obj), inner, renderer.Indent);
    }
}
