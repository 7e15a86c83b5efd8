using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.HtmlBlocks;

/// <summary>
/// kramdown's block HTML in place of CommonMark's: a line starting with a tag that is not a span
/// element opens an element that runs to its matching end tag, blank lines and all. Its content
/// stays raw unless <c>markdown="1"</c> (or parse_block_html) asks for Markdown; comments are
/// blocks of their own. Span elements (<c>&lt;span&gt;</c>, <c>&lt;img&gt;</c>) start paragraphs.
/// </summary>
public sealed partial class KramdownHtmlBlockParser : BlockParser
{
    /// <summary>MarkdownParserContext property that switches parse_block_html on.</summary>
    public const string ParseBlockHtmlKey = "kramdown.parse_block_html";

    public KramdownHtmlBlockParser()
    {
        OpeningCharacters = ['<'];
    }

    // kramdown's paragraphs end at a line starting with a block tag, not at comments or span tags.
    public override bool CanInterrupt(BlockProcessor processor, Block block)
    {
        if (block is not ParagraphBlock)
        {
            return true;
        }

        var line = processor.Line.ToString();
        return HtmlTag.ReadStart(line, 0) is { } tag && !HtmlTag.SpanElements.Contains(tag.Name) && tag.Name != "script"
            || HtmlTag.ReadEnd(line, 0) is { } end && !HtmlTag.SpanElements.Contains(end.Name.ToLowerInvariant());
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line.ToString();
        if (line.StartsWith("<!--", StringComparison.Ordinal))
        {
            var comment = new HtmlCommentBlock(this) { Line = processor.LineIndex, Column = processor.Column, Span = new(processor.Start, processor.Line.End) };
            processor.NewBlocks.Push(comment);
            return AppendComment(comment, line);
        }

        if (HtmlTag.ReadStart(line, 0) is not { } tag || HtmlTag.SpanElements.Contains(tag.Name))
        {
            return BlockState.None;
        }

        var model = ContentModel(processor, tag);
        var rest = processor.Line;
        rest.Start += tag.Length;
        if (model == "block" && !tag.SelfClosed)
        {
            var container = new MarkdownHtmlBlock(this, tag) { Line = processor.LineIndex, Column = processor.Column, Span = new(processor.Start, processor.Line.End) };
            processor.NewBlocks.Push(container);
            processor.GoToColumn(processor.Column + tag.Length);
            if (processor.Line.IsEmptyOrWhitespace())
            {
                return BlockState.ContinueDiscard;
            }

            return BlockState.Continue;
        }

        if (model == "span" && !tag.SelfClosed)
        {
            var span = new SpanHtmlBlock(this, tag) { Line = processor.LineIndex, Column = processor.Column, Span = new(processor.Start, processor.Line.End), ProcessInlines = true };
            processor.NewBlocks.Push(span);
            return AppendSpan(span, rest, processor);
        }

        var raw = new RawHtmlBlock(this, tag) { Line = processor.LineIndex, Column = processor.Column, Span = new(processor.Start, processor.Line.End) };
        processor.NewBlocks.Push(raw);
        raw.Text.Append(line);
        if (tag.SelfClosed || HtmlTag.VoidElements.Contains(tag.Name))
        {
            raw.Depth = 0;
            return BlockState.BreakDiscard;
        }

        raw.Depth = 1 + Balance(tag.Name, line[tag.Length..]);
        return raw.Depth <= 0 ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        switch (block)
        {
            case HtmlCommentBlock comment:
                processor.GoToColumn(processor.ColumnBeforeIndent);
                comment.Text.Append('\n');
                comment.UpdateSpanEnd(processor.Line.End);
                return AppendComment(comment, processor.Line.ToString());
            case RawHtmlBlock raw:
                processor.GoToColumn(processor.ColumnBeforeIndent);
                var text = processor.Line.ToString();
                raw.Text.Append('\n').Append(text);
                raw.UpdateSpanEnd(processor.Line.End);
                raw.Depth += Balance(raw.Tag.Name, text);
                return raw.Depth <= 0 ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
            case SpanHtmlBlock span:
                span.UpdateSpanEnd(processor.Line.End);
                return AppendSpan(span, processor.Line, processor);
            case MarkdownHtmlBlock container:
                if (processor.IsCodeIndent)
                {
                    return BlockState.Continue;
                }

                // An end tag belongs to a raw element, nested element or fenced code still open inside.
                if (StillOpen(container.LastChild))
                {
                    return BlockState.Continue;
                }

                var line = processor.Line.ToString();
                if (HtmlTag.ReadEnd(line, 0) is { } end && string.Equals(end.Name, container.Tag.Name, StringComparison.OrdinalIgnoreCase))
                {
                    container.Closed = true;
                    container.UpdateSpanEnd(processor.Line.End);
                    return BlockState.BreakDiscard;
                }

                return BlockState.Continue;
            default:
                return BlockState.None;
        }
    }

    // Markdig's IsOpen is not kept while children continue, so the HTML blocks track it themselves.
    private static bool StillOpen(Block? child) => child switch
    {
        RawHtmlBlock raw => raw.Depth > 0,
        MarkdownHtmlBlock inner => !inner.Closed,
        HtmlCommentBlock comment => !comment.Closed,
        SpanHtmlBlock span => !span.Closed,
        FencedCodeBlock fenced => fenced.ClosingFencedCharCount == 0,
        _ => false,
    };

    private static string ContentModel(BlockProcessor processor, StartTag tag)
    {
        var markdown = tag.Attributes.FirstOrDefault(a => a.Key == "markdown").Value;
        var parseBlockHtml = processor.Context?.Properties.TryGetValue(ParseBlockHtmlKey, out var value) == true && value is true;
        var model = parseBlockHtml ? HtmlTag.ContentModel(tag.Name) : "raw";
        return markdown switch
        {
            "0" => "raw",
            "1" => HtmlTag.ContentModel(tag.Name),
            "span" => "span",
            "block" => "block",
            _ => tag.Name is "script" or "style" ? "raw" : model,
        };
    }

    private static BlockState AppendComment(HtmlCommentBlock comment, string line)
    {
        var start = comment.Text.Length;
        comment.Text.Append(line);
        var whole = comment.Text.ToString();
        var end = whole.IndexOf("-->", Math.Max(0, start - 2), StringComparison.Ordinal);
        if (end < 0)
        {
            return BlockState.ContinueDiscard;
        }

        comment.Text.Length = end + 3;
        comment.Closed = true;
        return BlockState.BreakDiscard;
    }

    private static BlockState AppendSpan(SpanHtmlBlock span, StringSlice slice, BlockProcessor processor)
    {
        var text = slice.ToString();
        var close = CloseTag(span.Tag.Name).Match(text);
        if (close.Success)
        {
            slice.End = slice.Start + close.Index - 1;
            span.Closed = true;
        }

        span.AppendLine(ref slice, processor.Column, processor.LineIndex, processor.CurrentLineStartPosition, false);
        return close.Success ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    // Start tags minus end tags of the element's name on a line: the raw block ends at zero.
    private static int Balance(string name, string text)
    {
        var balance = 0;
        foreach (Match match in AnyTag().Matches(text))
        {
            if (!string.Equals(match.Groups[2].Value, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (match.Groups[1].Value == "/")
            {
                balance--;
            }
            else if (!match.Value.EndsWith("/>", StringComparison.Ordinal))
            {
                balance++;
            }
        }

        return balance;
    }

    private static Regex CloseTag(string name) => new("</" + Regex.Escape(name) + @"\s*>", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"<(/?)([A-Za-z_:][\w:.\-]*)(?:\s[^<>]*)?>")]
    private static partial Regex AnyTag();
}
