using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Sass;
using Markdig;

namespace Ikim.Publisher.Site.Rendering;

/// <summary>
/// Jekyll's converters: Markdown (for the <c>markdown_ext</c> extensions) to HTML, Sass (<c>.scss</c>,
/// <c>.sass</c>) to CSS; every other file passes through unchanged (the identity converter).
/// </summary>
internal sealed class Converter(MarkdownPipeline markdown, SassConverter sass)
{
    public string Convert(Convertible item, string content) =>
        item.IsMarkdown ? Markdown.KramdownConverter.ToHtml(content, markdown)
        : SassConverter.Matches(item.Extension) ? sass.Convert(item, content)
        : content;
}
