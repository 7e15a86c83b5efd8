using Ikim.Publisher.Site.Content;
using Markdig;

namespace Ikim.Publisher.Site.Rendering;

/// <summary>
/// Jekyll's converters: Markdown (for the <c>markdown_ext</c> extensions) to HTML; every other file
/// passes through unchanged (the identity converter).
/// </summary>
internal sealed class Converter(MarkdownPipeline markdown)
{
    public string Convert(Convertible item, string content) =>
        item.IsMarkdown ? Markdown.KramdownConverter.ToHtml(content, markdown) : content;
}
