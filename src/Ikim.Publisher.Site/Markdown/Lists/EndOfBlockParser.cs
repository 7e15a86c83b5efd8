using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.Lists;

/// <summary>kramdown's end-of-block marker: a line holding only <c>^</c> ends the list (or paragraph) before it.</summary>
public sealed class EndOfBlockParser : BlockParser
{
    public EndOfBlockParser()
    {
        OpeningCharacters = ['^'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        line.NextChar();
        if (!line.IsEmptyOrWhitespace())
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new EndOfBlock(this) { Line = processor.LineIndex, Column = processor.Column, Span = new(processor.Start, processor.Line.End) });
        return BlockState.BreakDiscard;
    }
}

public sealed class EndOfBlock(BlockParser parser) : LeafBlock(parser), IEndOfBlock;
