using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig;
using Markdig.Extensions.DefinitionLists;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.DefinitionLists;

/// <summary>
/// Definition lists as kramdown writes them: dt and dd at one indent, a definition's first
/// paragraph written bare unless a blank line came before its ':' line.
/// </summary>
public sealed class DefinitionListsExtension : KramdownFeature, IKramdownTreeProcessor
{
    protected override IEnumerable<IMarkdownObjectRenderer> Renderers(MarkdownPipeline pipeline) => [new DefinitionListRenderer()];

    // kramdown appends a definition list to one right before it (even across a blank line).
    public void Process(KramdownContext context)
    {
        foreach (var container in context.Document.Descendants<ContainerBlock>().Prepend(context.Document).ToList())
        {
            for (var i = 0; i + 1 < container.Count; i++)
            {
                if (container[i] is DefinitionList list && container[i + 1] is DefinitionList next)
                {
                    container.RemoveAt(i + 1);
                    while (next.Count > 0)
                    {
                        var item = next[0];
                        next.RemoveAt(0);
                        list.Add(item);
                    }

                    i--;
                }
            }
        }
    }
}

public sealed class DefinitionListRenderer : KramdownObjectRenderer<DefinitionList>
{
    protected override void Write(KramdownHtmlRenderer renderer, DefinitionList obj)
    {
        var indent = renderer.Indent;
        var body = renderer.Capture(() =>
        {
            foreach (var item in obj.OfType<DefinitionItem>())
            {
                foreach (var term in item.OfType<DefinitionTerm>())
                {
                    renderer.BlockElement("dt", KramdownAttributes.ToHtml(term), renderer.Inlines(term.Inline), indent + 2);
                }

                WriteDefinition(renderer, item, indent + 2);
            }
        });
        renderer.IndentedBlockElement("dl", KramdownAttributes.ToHtml(obj), body, indent);
    }

    private static void WriteDefinition(KramdownHtmlRenderer renderer, DefinitionItem item, int indent)
    {
        var blocks = KramdownLayout.Visible(item).Where(b => b is not DefinitionTerm).ToList();
        var layout = renderer.Context.Layout;
        var firstAsParagraph = blocks.Count > 0 && layout.BlankBefore(blocks[0]);
        var transparent = blocks.Count > 0 && blocks[0] is ParagraphBlock && !firstAsParagraph;
        if (transparent)
        {
            renderer.Context.MarkTransparent((ParagraphBlock)blocks[0], continued: blocks.Count > 1);
        }

        var inner = renderer.Blocks(item, indent + 2, blankAtEnd: false, include: b => b is not DefinitionTerm);
        renderer.WriteIndent(indent).Write("<dd").Write(KramdownAttributes.ToHtml(item)).Write('>');
        if (blocks.Count == 0 || transparent)
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

        renderer.Write("</dd>\n");
    }
}
