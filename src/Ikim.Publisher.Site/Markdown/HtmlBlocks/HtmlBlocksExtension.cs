using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Ikim.Publisher.Site.Markdown.HtmlBlocks;

/// <summary>Block HTML as kramdown reads and writes it, in place of Markdig's HTML block parser.</summary>
public sealed class HtmlBlocksExtension : KramdownFeature
{
    public override void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.BlockParsers.TryRemove<HtmlBlockParser>();
        base.Setup(pipeline);
    }

    protected override IEnumerable<BlockParser> BlockParsers() => [new KramdownHtmlBlockParser()];

    protected override IEnumerable<IMarkdownObjectRenderer> Renderers(MarkdownPipeline pipeline) =>
        [new RawHtmlBlockRenderer(), new HtmlCommentBlockRenderer(), new MarkdownHtmlBlockRenderer(), new SpanHtmlBlockRenderer()];
}
