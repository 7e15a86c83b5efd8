using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.AttributeLists;

/// <summary>
/// Block IALs (<c>{: .class #id}</c> on a line of their own) and attribute list definitions
/// (<c>{:name: .class}</c>). Both end a paragraph, as in kramdown, and stay in the tree until
/// <see cref="AttributeListsExtension"/> applies them.
/// </summary>
public sealed partial class AttributeListBlockParser : BlockParser
{
    public AttributeListBlockParser()
    {
        OpeningCharacters = ['{'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var text = processor.Line.ToString();
        Block block;
        if (Definition().Match(text) is { Success: true } definition)
        {
            block = new AttributeListDefinition(this, definition.Groups[1].Value, AttributeList.Parse(definition.Groups[2].Value));
        }
        else if (Inline().Match(text) is { Success: true } ial)
        {
            block = new AttributeListBlock(this, AttributeList.Parse(ial.Groups[1].Value));
        }
        else
        {
            return BlockState.None;
        }

        block.Line = processor.LineIndex;
        block.Column = processor.Column;
        block.Span = new(processor.Start, processor.Line.End);
        processor.NewBlocks.Push(block);
        return BlockState.BreakDiscard;
    }

    [GeneratedRegex(@"^\{:([A-Za-z0-9_][A-Za-z0-9_\-]*):((?:\\\}|[^}])+)\}\s*$")]
    private static partial Regex Definition();

    [GeneratedRegex(@"^\{:(?!:|/)((?:\\\}|[^}])+)\}\s*$")]
    private static partial Regex Inline();
}

/// <summary>A block IAL: applies to the block before it, or (after a blank line) to the next.</summary>
public sealed class AttributeListBlock(BlockParser parser, KramdownAttributes attributes) : LeafBlock(parser), IInvisibleBlock
{
    public KramdownAttributes Attributes => attributes;
}

/// <summary>An ALD: named attributes that IALs refer to by name.</summary>
public sealed class AttributeListDefinition(BlockParser parser, string name, KramdownAttributes attributes) : LeafBlock(parser), IInvisibleBlock
{
    public string Name => name;

    public KramdownAttributes Attributes => attributes;
}
