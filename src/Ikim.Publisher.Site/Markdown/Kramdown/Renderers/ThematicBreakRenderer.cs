using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.Kramdown.Renderers;

public sealed class ThematicBreakRenderer : KramdownObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(KramdownHtmlRenderer renderer, ThematicBreakBlock obj) =>
        renderer.WriteIndent(renderer.Indent).Write("<hr").Write(KramdownAttributes.ToHtml(obj)).Write(" />\n");
}
