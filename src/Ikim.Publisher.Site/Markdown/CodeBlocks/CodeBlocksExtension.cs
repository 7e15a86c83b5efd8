using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Ikim.Publisher.Site.Markdown.CodeBlocks;

/// <summary>Fenced and indented code blocks and code spans written as kramdown with Rouge writes them.</summary>
public sealed class CodeBlocksExtension : KramdownFeature
{
    protected override IEnumerable<InlineParser> InlineParsers() => [new CodeSpanGuardParser()];

    protected override IEnumerable<IMarkdownObjectRenderer> Renderers(MarkdownPipeline pipeline) => [new CodeBlockRenderer(), new CodeInlineRenderer()];
}
