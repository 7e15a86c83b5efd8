using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.Tables;

/// <summary>Markdig's pipe tables, written as kramdown's tables.</summary>
public sealed class TablesExtension : IMarkdownExtension, IKramdownTreeProcessor
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is KramdownHtmlRenderer)
        {
            renderer.ObjectRenderers.AddIfNotAlready<TableRenderer>();
        }
    }

    public void Process(KramdownContext context)
    {
        foreach (var table in context.Document.Descendants<Table>())
        {
            TableRenderer.MarkSeparators(table);
        }
    }
}
