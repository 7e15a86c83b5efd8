using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ikim.Publisher.Site.Markdown.HeaderIds;

/// <summary>
/// Gives every heading the id kramdown's GFM parser gives it (see <see cref="KramdownHeaderId"/>),
/// numbering repeats <c>-1</c>, <c>-2</c>… per document. Headings with an explicit id keep it.
/// </summary>
public sealed class KramdownHeaderIdExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= AssignIds;
        pipeline.DocumentProcessed += AssignIds;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void AssignIds(MarkdownDocument document)
    {
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is not null)
            {
                continue;
            }

            var id = KramdownHeaderId.FromText(PlainText(heading.Inline));
            var seen = used.GetValueOrDefault(id);
            used[id] = seen + 1;
            attributes.Id = seen == 0 ? id : $"{id}-{seen}";
        }
    }

    private static string PlainText(ContainerInline? container)
    {
        var text = new System.Text.StringBuilder();
        Append(container, text);
        return text.ToString();
    }

    private static void Append(Inline? inline, System.Text.StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content);
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }
}

public static class KramdownHeaderIdPipelineExtensions
{
    public static MarkdownPipelineBuilder UseKramdownHeaderIds(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<KramdownHeaderIdExtension>();
        return pipeline;
    }
}
