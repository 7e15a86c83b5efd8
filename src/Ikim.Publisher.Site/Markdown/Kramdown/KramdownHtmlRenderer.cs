using System.Text;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ikim.Publisher.Site.Markdown.Kramdown;

/// <summary>
/// Writes HTML the way kramdown's HTML converter does: every block starts at its nesting
/// indent (two spaces a level), blank source lines come out as one newline, and a container's
/// inner HTML is built as a string first, because kramdown decides on the wrapping of list items
/// by looking at what their content produced.
/// </summary>
public sealed class KramdownHtmlRenderer : RendererBase
{
    // One buffer per capture depth, reused by the captures that follow at that depth: a fresh
    // builder per paragraph or list item grew chunk by chunk and was most of the allocation.
    private readonly List<StringBuilder> _buffers = [new StringBuilder()];
    private readonly KramdownContext _context;
    private StringBuilder _current;
    private int _depth;

    public KramdownHtmlRenderer(KramdownContext context)
    {
        _context = context;
        _current = _buffers[0];
    }

    public KramdownContext Context => _context;

    public KramdownOptions Options => _context.Options;

    /// <summary>The indent of the block being written.</summary>
    public int Indent { get; private set; }

    /// <summary>Set while writing a TOC entry: links are unwrapped and footnote markers dropped, as kramdown's TOC does.</summary>
    public bool InTocEntry { get; set; }

    public string Result => _current.ToString();

    public override object Render(MarkdownObject markdownObject)
    {
        Write(markdownObject);
        return this;
    }

    public KramdownHtmlRenderer Write(string text)
    {
        _current.Append(text);
        return this;
    }

    public KramdownHtmlRenderer Write(char c)
    {
        _current.Append(c);
        return this;
    }

    public KramdownHtmlRenderer WriteIndent(int indent)
    {
        _current.Append(' ', Math.Max(0, indent));
        return this;
    }

    /// <summary>Sets the indent for writing a block directly (outside <see cref="Blocks"/>).</summary>
    public KramdownHtmlRenderer At(int indent)
    {
        Indent = indent;
        return this;
    }

    /// <summary>The visible children of <paramref name="container"/> at <paramref name="indent"/>, with kramdown's blank lines.</summary>
    public string Blocks(ContainerBlock container, int indent, bool blankAtEnd = true, Func<Block, bool>? include = null)
    {
        return Capture(() =>
        {
            var layout = _context.Layout;
            var saved = Indent;
            var first = true;
            foreach (var child in container)
            {
                if (!KramdownLayout.IsVisible(child) || (include is not null && !include(child)))
                {
                    continue;
                }

                // A filtered sequence (a definition's blocks) starts at its first block, without the blank before it.
                if (layout.BlankBefore(child) && !(first && include is not null))
                {
                    Write('\n');
                }

                Indent = indent;
                Write(child);
                first = false;
            }

            Indent = saved;
            if (blankAtEnd && layout.BlankAtEnd(container))
            {
                Write('\n');
            }
        });
    }

    /// <summary>One block at <paramref name="indent"/>, as a string.</summary>
    public string Block(Block block, int indent)
    {
        return Capture(() =>
        {
            var saved = Indent;
            Indent = indent;
            Write(block);
            Indent = saved;
        });
    }

    public string Inlines(ContainerInline? inline) => inline is null ? "" : Capture(() => WriteChildren(inline));

    public string Capture(Action write)
    {
        var outer = _current;
        if (++_depth == _buffers.Count)
        {
            _buffers.Add(new StringBuilder());
        }

        _current = _buffers[_depth].Clear();
        try
        {
            write();
            return _current.ToString();
        }
        finally
        {
            _depth--;
            _current = outer;
        }
    }

    /// <summary>kramdown's <c>format_as_block_html</c>.</summary>
    public KramdownHtmlRenderer BlockElement(string name, string attributes, string body, int indent) =>
        WriteIndent(indent).Write('<').Write(name).Write(attributes).Write('>').Write(body).Write("</").Write(name).Write(">\n");

    /// <summary>kramdown's <c>format_as_indented_block_html</c>.</summary>
    public KramdownHtmlRenderer IndentedBlockElement(string name, string attributes, string body, int indent) =>
        WriteIndent(indent).Write('<').Write(name).Write(attributes).Write(">\n").Write(body).WriteIndent(indent).Write("</").Write(name).Write(">\n");
}

/// <summary>Base of the kramdown renderers: one per Markdig node type, as Markdig's HTML renderers are.</summary>
public abstract class KramdownObjectRenderer<T> : MarkdownObjectRenderer<KramdownHtmlRenderer, T> where T : MarkdownObject;
