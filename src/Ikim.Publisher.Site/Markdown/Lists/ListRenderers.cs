using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.Lists;

/// <summary>kramdown's <c>convert_ul</c>/<c>convert_ol</c>; the first number of an ordered list is ignored.</summary>
public sealed class ListRenderer : KramdownObjectRenderer<ListBlock>
{
    protected override void Write(KramdownHtmlRenderer renderer, ListBlock obj)
    {
        if (TableOfContents.TableOfContentsExtension.TryWritePlaceholder(renderer, obj))
        {
            return;
        }

        var indent = renderer.Indent;
        var items = string.Concat(obj.Select(item => renderer.Block(item, indent + 2)));
        renderer.IndentedBlockElement(obj.IsOrdered ? "ol" : "ul", KramdownAttributes.ToHtml(obj), items, indent);
    }
}

/// <summary>
/// kramdown's <c>convert_li</c>: a transparent first paragraph stays on the &lt;li&gt; line,
/// anything else starts on a new line; the item's trailing blank line is not written.
/// </summary>
public sealed class ListItemRenderer : KramdownObjectRenderer<ListItemBlock>
{
    protected override void Write(KramdownHtmlRenderer renderer, ListItemBlock obj) => WriteItem(renderer, obj, "li");

    public static void WriteItem(KramdownHtmlRenderer renderer, ContainerBlock obj, string tag)
    {
        var indent = renderer.Indent;
        var inner = renderer.Blocks(obj, indent + 2, blankAtEnd: false);
        var first = KramdownLayout.Visible(obj).FirstOrDefault();
        renderer.WriteIndent(indent).Write('<').Write(tag).Write(KramdownAttributes.ToHtml(obj)).Write('>');
        if (first is null || (first is ParagraphBlock paragraph && renderer.Context.IsTransparent(paragraph)))
        {
            renderer.Write(inner);
            if (inner.EndsWith('\n'))
            {
                renderer.WriteIndent(indent);
            }
        }
        else
        {
            renderer.Write('\n').Write(inner).WriteIndent(indent);
        }

        renderer.Write("</").Write(tag).Write(">\n");
    }
}
