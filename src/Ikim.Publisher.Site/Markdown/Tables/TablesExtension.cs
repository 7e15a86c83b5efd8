using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.Tables;

/// <summary>Markdig's pipe tables, written as kramdown's tables.</summary>
public sealed class TablesExtension : KramdownFeature, IKramdownTreeProcessor
{
    protected override IEnumerable<IMarkdownObjectRenderer> Renderers(MarkdownPipeline pipeline) => [new TableRenderer()];

    public void Process(KramdownContext context)
    {
        foreach (var table in context.Document.Descendants<Table>().ToList())
        {
            if (!TableAfterParagraph.Rejoin(context, table))
            {
                TableRenderer.MarkSeparators(table);
            }
        }
    }
}
