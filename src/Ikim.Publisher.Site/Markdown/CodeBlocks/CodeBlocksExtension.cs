using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig;
using Markdig.Renderers;

namespace Ikim.Publisher.Site.Markdown.CodeBlocks;

/// <summary>Fenced and indented code blocks and code spans written as kramdown with Rouge writes them.</summary>
public sealed class CodeBlocksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CodeSpanGuardParser>())
        {
            pipeline.InlineParsers.Insert(0, new CodeSpanGuardParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is KramdownHtmlRenderer)
        {
            renderer.ObjectRenderers.AddIfNotAlready<CodeBlockRenderer>();
            renderer.ObjectRenderers.AddIfNotAlready<CodeInlineRenderer>();
        }
    }
}
