using Ikim.Publisher.Site.Markdown.Kramdown;

namespace Ikim.Publisher.Site.Markdown.HtmlBlocks;

public sealed class RawHtmlBlockRenderer : KramdownObjectRenderer<RawHtmlBlock>
{
    protected override void Write(KramdownHtmlRenderer renderer, RawHtmlBlock obj)
    {
        var text = obj.Text.ToString();
        var start = RawHtml.StartTag(obj.Tag, KramdownAttributes.Find(obj));
        // Script and style bodies are kept byte for byte (kramdown's handle_raw_html_tag).
        var body = obj.Tag.Name is "script" or "style" ? text[obj.Tag.Length..] : RawHtml.Normalise(text[obj.Tag.Length..]);
        renderer.WriteIndent(renderer.Indent).Write(start).Write(body.TrimEnd(' ', '\t')).Write('\n');
    }
}

public sealed class HtmlCommentBlockRenderer : KramdownObjectRenderer<HtmlCommentBlock>
{
    protected override void Write(KramdownHtmlRenderer renderer, HtmlCommentBlock obj) =>
        renderer.WriteIndent(renderer.Indent).Write(obj.Text.ToString()).Write('\n');
}

/// <summary>kramdown's block-model html_element: start tag, the blocks indented, end tag on its own line.</summary>
public sealed class MarkdownHtmlBlockRenderer : KramdownObjectRenderer<MarkdownHtmlBlock>
{
    protected override void Write(KramdownHtmlRenderer renderer, MarkdownHtmlBlock obj)
    {
        var indent = renderer.Indent;
        var inner = renderer.Blocks(obj, indent + 2);
        renderer.WriteIndent(indent).Write(RawHtml.StartTag(obj.Tag, KramdownAttributes.Find(obj)).TrimEnd('>').TrimEnd('/').TrimEnd());
        if (inner.Length == 0)
        {
            renderer.Write(HtmlTag.VoidElements.Contains(obj.Tag.Name) ? " />\n" : "></" + obj.Tag.Name + ">\n");
            return;
        }

        renderer.Write(">\n").Write(inner.EndsWith('\n') ? inner[..^1] : inner).Write('\n').WriteIndent(indent).Write("</").Write(obj.Tag.Name).Write(">\n");
    }
}

public sealed class SpanHtmlBlockRenderer : KramdownObjectRenderer<SpanHtmlBlock>
{
    protected override void Write(KramdownHtmlRenderer renderer, SpanHtmlBlock obj) =>
        renderer.WriteIndent(renderer.Indent).Write(RawHtml.StartTag(obj.Tag, KramdownAttributes.Find(obj)))
            .Write(renderer.Inlines(obj.Inline)).Write("</").Write(obj.Tag.Name).Write(">\n");
}
