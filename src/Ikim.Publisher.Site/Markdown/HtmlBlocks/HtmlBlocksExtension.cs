using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Ikim.Publisher.Site.Markdown.HtmlBlocks;

/// <summary>Block HTML as kramdown reads and writes it, in place of Markdig's HTML block parser.</summary>
public sealed class HtmlBlocksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.BlockParsers.TryRemove<HtmlBlockParser>();
        if (!pipeline.BlockParsers.Contains<KramdownHtmlBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new KramdownHtmlBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is KramdownHtmlRenderer)
        {
            renderer.ObjectRenderers.AddIfNotAlready<RawHtmlBlockRenderer>();
            renderer.ObjectRenderers.AddIfNotAlready<HtmlCommentBlockRenderer>();
            renderer.ObjectRenderers.AddIfNotAlready<MarkdownHtmlBlockRenderer>();
            renderer.ObjectRenderers.AddIfNotAlready<SpanHtmlBlockRenderer>();
        }
    }
}
