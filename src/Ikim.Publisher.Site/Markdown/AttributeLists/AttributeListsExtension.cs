using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ikim.Publisher.Site.Markdown.AttributeLists;

/// <summary>
/// kramdown's inline attribute lists on blocks and spans, and attribute list definitions. A
/// block IAL applies to the block it follows directly; otherwise to the block that directly
/// follows it (a blank line in between swallows it, as kramdown's blank element does).
/// </summary>
public sealed class AttributeListsExtension : KramdownFeature, IKramdownTreeProcessor
{
    protected override IEnumerable<BlockParser> BlockParsers() => [new AttributeListBlockParser()];

    protected override IEnumerable<InlineParser> InlineParsers() => [new SpanAttributeListParser()];

    protected override IEnumerable<IMarkdownObjectRenderer> Renderers(MarkdownPipeline pipeline) => [new AttributeListInlineRenderer()];

    public void Process(KramdownContext context)
    {
        var definitions = context.Document.Descendants<AttributeListDefinition>()
            .GroupBy(d => d.Name)
            .ToDictionary(g => g.Key, g => Merge(g.Select(d => d.Attributes)));
        ApplyBlocks(context, context.Document, definitions);
        ApplyListItems(context.Document, definitions);
        foreach (var leaf in context.Document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is not null)
            {
                ApplySpans(leaf.Inline, definitions);
            }
        }
    }

    private static KramdownAttributes Merge(IEnumerable<KramdownAttributes> lists)
    {
        var merged = new KramdownAttributes();
        foreach (var list in lists)
        {
            merged.Merge(list);
        }

        return merged;
    }

    private static void ApplyBlocks(KramdownContext context, ContainerBlock container, Dictionary<string, KramdownAttributes> definitions)
    {
        var source = context.Source;
        var layout = context.Layout;
        KramdownAttributes? pending = null;
        for (var i = 0; i < container.Count; i++)
        {
            var block = container[i];
            if (block is AttributeListBlock ial)
            {
                var previous = Previous(container, i);
                if (previous is not null && !source.HasBlankBetween(layout.EndLine(previous), FirstOfGroup(container, i).Line))
                {
                    // Directly after a block: that block's IAL (after a link or footnote definition it is lost).
                    if (KramdownLayout.IsVisible(previous))
                    {
                        AttributeList.Apply(KramdownAttributes.Of(previous), ial.Attributes, definitions);
                    }
                }
                else if (i + 1 < container.Count && !source.HasBlankBetween(ial.Line, container[i + 1].Line))
                {
                    pending ??= new KramdownAttributes();
                    pending.Merge(ial.Attributes);
                }

                continue;
            }

            if (pending is not null && KramdownLayout.IsVisible(block))
            {
                AttributeList.Apply(KramdownAttributes.Of(block), pending, definitions);
            }

            pending = null;
            if (block is ContainerBlock inner)
            {
                ApplyBlocks(context, inner, definitions);
            }
        }
    }

    private static Block? Previous(ContainerBlock container, int index)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            if (container[j] is not AttributeListBlock)
            {
                return container[j];
            }
        }

        return null;
    }

    private static Block FirstOfGroup(ContainerBlock container, int index)
    {
        while (index > 0 && container[index - 1] is AttributeListBlock)
        {
            index--;
        }

        return container[index];
    }

    // kramdown's LIST_ITEM_IAL: "* {: .class} text" gives the item its attributes.
    private static void ApplyListItems(MarkdownDocument document, Dictionary<string, KramdownAttributes> definitions)
    {
        foreach (var item in document.Descendants<ContainerBlock>().Where(c => c is ListItemBlock or Markdig.Extensions.DefinitionLists.DefinitionItem))
        {
            if (item.FirstOrDefault(b => b is not Markdig.Extensions.DefinitionLists.DefinitionTerm) is ParagraphBlock { Inline.FirstChild: AttributeListInline ial } && ial.Parent is not null)
            {
                AttributeList.Apply(KramdownAttributes.Of(item), ial.Attributes, definitions);
                ial.Applied = true;
                if (ial.NextSibling is LiteralInline next)
                {
                    next.Content = new StringSlice(next.Content.ToString().TrimStart());
                }
            }
        }
    }

    private static void ApplySpans(ContainerInline container, Dictionary<string, KramdownAttributes> definitions)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is AttributeListInline { Applied: false } ial && ial.PreviousSibling is { } previous && previous is not (LiteralInline or LineBreakInline or AttributeListInline))
            {
                AttributeList.Apply(KramdownAttributes.Of(previous), ial.Attributes, definitions);
                ial.Applied = true;
            }

            if (child is ContainerInline inner)
            {
                ApplySpans(inner, definitions);
            }
        }
    }
}
