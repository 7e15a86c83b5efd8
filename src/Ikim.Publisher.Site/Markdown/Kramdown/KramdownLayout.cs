using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.Kramdown;

/// <summary>
/// Where kramdown would have <c>:blank</c> elements: before which visible child of a container a
/// blank line stood, and whether blank lines end the container. Computed from source lines once
/// the tree has its final shape.
/// </summary>
public sealed class KramdownLayout(KramdownSource source)
{
    private readonly HashSet<Block> _blankBefore = [];
    private readonly HashSet<Block> _blankAfter = [];
    private readonly Dictionary<Block, int> _endLines = [];

    public KramdownSource Source => source;

    public bool BlankBefore(Block block) => _blankBefore.Contains(block);

    /// <summary>Blank lines after the last visible child, still inside the container.</summary>
    public bool BlankAtEnd(Block container) => _blankAfter.Contains(container);

    public static bool IsVisible(Block block) => block is not (IInvisibleBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition or FootnoteGroup or BlankLineBlock);

    public static IEnumerable<Block> Visible(ContainerBlock container) => container.Where(IsVisible);

    public void Compute(MarkdownDocument document)
    {
        _blankBefore.Clear();
        _blankAfter.Clear();
        _endLines.Clear();
        Lay(document, -1, source.LineCount);
        foreach (var group in document.OfType<FootnoteGroup>())
        {
            foreach (var note in group.OfType<ContainerBlock>())
            {
                Lay(note, note.Line - 1, EndLine(note) + 1);
            }
        }
    }

    public int EndLine(Block block)
    {
        if (_endLines.TryGetValue(block, out var cached))
        {
            return cached;
        }

        var end = block.Line;
        if (block is LeafBlock { Lines.Count: > 0 } leaf and not FencedCodeBlock)
        {
            // Indented code keeps trailing blank lines in its span; its last line is what counts.
            end = Math.Max(end, leaf.Lines.Lines[leaf.Lines.Count - 1].Line);
        }
        else if (block.Span.End >= block.Span.Start && block.Span.Start >= 0 && block is not (ListBlock or ListItemBlock))
        {
            end = Math.Max(end, source.LineOf(block.Span.End));
        }

        if (block is ContainerBlock container)
        {
            foreach (var child in container)
            {
                end = Math.Max(end, EndLine(child));
            }
        }

        _endLines[block] = end;
        return end;
    }

    /// <param name="start">The last line before the container's content.</param>
    /// <param name="end">The first line after the container's content.</param>
    private void Lay(ContainerBlock container, int start, int end)
    {
        var previousEnd = start;
        Block? previous = null;
        var children = container.ToList();
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (!IsVisible(child))
            {
                continue;
            }

            var gapStart = previousEnd;
            // A list closed by an end-of-block marker gives its trailing blank lines away to nothing.
            if (previous is ListBlock && EndOfBlockBetween(children, previous, child) is { } marker)
            {
                gapStart = marker.Line;
            }

            if (source.HasBlankBetween(gapStart, child.Line) || previous is IBlankAfter { BlankAfter: true })
            {
                _blankBefore.Add(child);
            }

            if (child is ContainerBlock inner)
            {
                var next = NextLine(children, i, end);
                LayChild(inner, next);
            }

            previousEnd = EndLine(child);
            previous = child;
        }

        var tail = previousEnd;
        if (previous is ListBlock && EndOfBlockBetween(children, previous, null) is { } lastMarker)
        {
            tail = lastMarker.Line;
        }

        if (source.HasBlankBetween(tail, end) || previous is IBlankAfter { BlankAfter: true })
        {
            _blankAfter.Add(container);
        }
    }

    private void LayChild(ContainerBlock child, int next)
    {
        switch (child)
        {
            case ListBlock list:
                var items = list.ToList();
                for (var j = 0; j < items.Count; j++)
                {
                    if (items[j] is ContainerBlock item)
                    {
                        Lay(item, item.Line - 1, j + 1 < items.Count ? items[j + 1].Line : next);
                    }
                }

                break;
            default:
                Lay(child, child.Line - 1, EndLine(child) + 1);
                break;
        }
    }

    private static int NextLine(List<Block> siblings, int index, int end) => index + 1 < siblings.Count ? siblings[index + 1].Line : end;

    private static Block? EndOfBlockBetween(List<Block> siblings, Block from, Block? to)
    {
        var i = siblings.IndexOf(from) + 1;
        for (; i < siblings.Count && siblings[i] != to; i++)
        {
            if (siblings[i] is IEndOfBlock)
            {
                return siblings[i];
            }
        }

        return null;
    }
}

/// <summary>A block after which kramdown always sees a blank line (it leaves the line end unread).</summary>
public interface IBlankAfter
{
    bool BlankAfter { get; }
}

/// <summary>kramdown's <c>^</c> end-of-block marker: ends a list without taking its blank lines.</summary>
public interface IEndOfBlock : IInvisibleBlock;
