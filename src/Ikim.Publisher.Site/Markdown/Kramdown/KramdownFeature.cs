using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Ikim.Publisher.Site.Markdown.Kramdown;

/// <summary>
/// Base of the kramdown feature extensions: the parser half adds the feature's parsers ahead of
/// Markdig's own, the renderer half adds its renderers to a <see cref="KramdownHtmlRenderer"/>
/// (Markdig's HTML renderer is left alone).
/// </summary>
public abstract class KramdownFeature : IMarkdownExtension
{
    public virtual void Setup(MarkdownPipelineBuilder pipeline)
    {
        foreach (var parser in BlockParsers())
        {
            if (!pipeline.BlockParsers.Exists(p => p.GetType() == parser.GetType()))
            {
                pipeline.BlockParsers.Insert(0, parser);
            }
        }

        foreach (var parser in InlineParsers())
        {
            if (!pipeline.InlineParsers.Exists(p => p.GetType() == parser.GetType()))
            {
                pipeline.InlineParsers.Insert(0, parser);
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not KramdownHtmlRenderer kramdown)
        {
            return;
        }

        foreach (var objectRenderer in Renderers(pipeline))
        {
            if (!kramdown.ObjectRenderers.Exists(r => r.GetType() == objectRenderer.GetType()))
            {
                kramdown.ObjectRenderers.Add(objectRenderer);
            }
        }
    }

    protected virtual IEnumerable<BlockParser> BlockParsers() => [];

    protected virtual IEnumerable<InlineParser> InlineParsers() => [];

    protected virtual IEnumerable<IMarkdownObjectRenderer> Renderers(MarkdownPipeline pipeline) => [];
}
