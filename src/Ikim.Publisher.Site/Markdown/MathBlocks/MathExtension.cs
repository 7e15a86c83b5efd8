using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ikim.Publisher.Site.Markdown.MathBlocks;

/// <summary>
/// kramdown's math with its default MathJax engine: a <c>$$…$$</c> block standing alone becomes
/// <c>\[…\]</c>, <c>$$…$$</c> inside text becomes <c>\(…\)</c>. A single <c>$</c> is plain text.
/// </summary>
public sealed class MathExtension : KramdownFeature
{
    protected override IEnumerable<BlockParser> BlockParsers() => [new MathBlockParser()];

    protected override IEnumerable<InlineParser> InlineParsers() => [new MathInlineParser()];

    protected override IEnumerable<IMarkdownObjectRenderer> Renderers(MarkdownPipeline pipeline) => [new MathBlockRenderer(), new MathInlineRenderer()];
}

public sealed class MathBlock(BlockParser parser) : LeafBlock(parser)
{
    public System.Text.StringBuilder Text { get; } = new();
}

public sealed class MathBlockParser : BlockParser
{
    public MathBlockParser()
    {
        OpeningCharacters = ['$'];
    }

    // kramdown's block math must follow a block boundary: inside a paragraph it is inline math.
    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var line = processor.Line.ToString();
        if (processor.IsCodeIndent || !line.StartsWith("$$", StringComparison.Ordinal))
        {
            return BlockState.None;
        }

        var block = new MathBlock(this) { Line = processor.LineIndex, Column = processor.Column, Span = new(processor.Start, processor.Line.End) };
        processor.NewBlocks.Push(block);
        return Append(block, line[2..]);
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        block.UpdateSpanEnd(processor.Line.End);
        processor.GoToColumn(processor.ColumnBeforeIndent);
        return Append((MathBlock)block, "\n" + processor.Line.ToString());
    }

    private static BlockState Append(MathBlock block, string text)
    {
        var end = text.IndexOf("$$", StringComparison.Ordinal);
        if (end < 0)
        {
            block.Text.Append(text);
            return BlockState.ContinueDiscard;
        }

        block.Text.Append(text, 0, end);
        return BlockState.BreakDiscard;
    }
}

public sealed class MathBlockRenderer : KramdownObjectRenderer<MathBlock>
{
    protected override void Write(KramdownHtmlRenderer renderer, MathBlock obj) =>
        renderer.Write("\\[").Write(KramdownHtml.EscapeAll(obj.Text.ToString().Trim())).Write("\\]\n");
}

public sealed class MathInline(string value) : LeafInline
{
    public string Value => value;
}

public sealed class MathInlineParser : InlineParser
{
    public MathInlineParser()
    {
        OpeningCharacters = ['$'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        if (slice.PeekChar() != '$')
        {
            return false;
        }

        var end = text.IndexOf("$$", slice.Start + 2, slice.End - slice.Start - 1, StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        processor.Inline = new MathInline(text[(slice.Start + 2)..end].Trim()) { Span = new(slice.Start, end + 1) };
        slice.Start = end + 2;
        return true;
    }
}

public sealed class MathInlineRenderer : KramdownObjectRenderer<MathInline>
{
    protected override void Write(KramdownHtmlRenderer renderer, MathInline obj) =>
        renderer.Write("\\(").Write(KramdownHtml.EscapeAll(obj.Value)).Write("\\)");
}
