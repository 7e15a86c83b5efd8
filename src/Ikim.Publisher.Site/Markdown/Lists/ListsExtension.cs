using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Ikim.Publisher.Site.Markdown.Lists;

/// <summary>
/// Lists as kramdown reads them: only <c>1.</c> style ordered markers (kramdown has no
/// <c>1)</c>), the <c>^</c> end-of-block marker, merged adjacent lists and kramdown's rule for
/// paragraphs in items.
/// </summary>
public sealed class ListsExtension : KramdownFeature, IKramdownTreeProcessor
{
    public override void Setup(MarkdownPipelineBuilder pipeline)
    {
        base.Setup(pipeline);
        if (pipeline.BlockParsers.Find<ListBlockParser>() is { } lists)
        {
            foreach (var parser in lists.ItemParsers.OfType<OrderedListItemParser>())
            {
                parser.OrderedDelimiters = ['.'];
            }
        }

    }

    protected override IEnumerable<BlockParser> BlockParsers() => [new EndOfBlockParser()];

    protected override IEnumerable<IMarkdownObjectRenderer> Renderers(MarkdownPipeline pipeline) => [new ListRenderer(), new ListItemRenderer()];

    public void Process(KramdownContext context) => KramdownListProcessor.Process(context);
}
