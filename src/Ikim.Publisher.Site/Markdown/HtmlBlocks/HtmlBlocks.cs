using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.HtmlBlocks;

/// <summary>A block-level HTML element kept raw, up to its matching end tag (blank lines included).</summary>
public sealed class RawHtmlBlock(BlockParser parser, StartTag tag) : LeafBlock(parser), IBlankAfter
{
    /// <summary>kramdown does not read the line end after &lt;/script&gt; and &lt;/style&gt;: it becomes a blank line.</summary>
    public bool BlankAfter => tag.Name is "script" or "style" && !tag.SelfClosed;

    public StartTag Tag => tag;

    /// <summary>Nesting depth of elements with the tag's name still open.</summary>
    public int Depth { get; set; } = 1;

    public System.Text.StringBuilder Text { get; } = new();
}

/// <summary>An HTML comment on its own (kramdown's block <c>xml_comment</c>).</summary>
public sealed class HtmlCommentBlock(BlockParser parser) : LeafBlock(parser)
{
    public System.Text.StringBuilder Text { get; } = new();

    public bool Closed { get; set; }
}

/// <summary>An HTML element with <c>markdown="1"</c>/<c>"block"</c>: its content is Markdown blocks.</summary>
public sealed class MarkdownHtmlBlock(BlockParser parser, StartTag tag) : ContainerBlock(parser), IKramdownHtmlContainer
{
    public StartTag Tag => tag;

    public bool Closed { get; set; }
}

/// <summary>An HTML element with <c>markdown="span"</c> (or 1 on a span-model element): its content is Markdown spans.</summary>
public sealed class SpanHtmlBlock(BlockParser parser, StartTag tag) : LeafBlock(parser)
{
    public StartTag Tag => tag;

    public bool Closed { get; set; }
}
