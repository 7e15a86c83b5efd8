using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.Lists;

/// <summary>
/// Gives Markdig's lists kramdown's shape: adjacent lists of the same kind are one list (kramdown
/// accepts any bullet after a blank line), and each item's first paragraph is "transparent"
/// (written without &lt;p&gt;) by kramdown's rule, which looks at the blank lines around it.
/// </summary>
public sealed class KramdownListProcessor
{
    public static void Process(KramdownContext context)
    {
        Merge(context.Document);
        context.Layout.Compute(context.Document);
        foreach (var list in context.Document.Descendants<ListBlock>().ToList())
        {
            MarkTransparent(context, list);
        }
    }

    private static void Merge(ContainerBlock container)
    {
        for (var i = 0; i < container.Count; i++)
        {
            if (container[i] is ListBlock list)
            {
                while (i + 1 < container.Count && container[i + 1] is ListBlock next && next.IsOrdered == list.IsOrdered)
                {
                    container.RemoveAt(i + 1);
                    while (next.Count > 0)
                    {
                        var item = next[0];
                        next.RemoveAt(0);
                        list.Add(item);
                    }

                    list.Span = new(list.Span.Start, Math.Max(list.Span.End, next.Span.End));
                }
            }

            if (container[i] is ContainerBlock inner)
            {
                Merge(inner);
            }
        }
    }

    private static void MarkTransparent(KramdownContext context, ListBlock list)
    {
        var layout = context.Layout;
        var items = list.OfType<ListItemBlock>().ToList();
        var parent = list.Parent;
        var endOfBlock = parent is not null && parent.IndexOf(list) + 1 < parent.Count && parent[parent.IndexOf(list) + 1] is IEndOfBlock;
        var earlierAllowLast = false;
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var children = KramdownLayout.Visible(item).ToList();
            if (children.Count == 0 || children[0] is not ParagraphBlock paragraph)
            {
                earlierAllowLast = true;
                continue;
            }

            var isLast = index == items.Count - 1;
            var secondIsBlank = children.Count >= 2 ? layout.BlankBefore(children[1]) : layout.BlankAtEnd(item);
            var blanksBetween = Enumerable.Range(1, children.Count - 1).Count(i => layout.BlankBefore(children[i]));
            var kramdownCount = children.Count + blanksBetween + (layout.BlankAtEnd(item) ? 1 : 0);
            var first = kramdownCount < 2 || !secondIsBlank || (isLast && kramdownCount == 2 && !endOfBlock);
            var second = !isLast || items.Count == 1 || earlierAllowLast;
            if (first && second)
            {
                context.MarkTransparent(paragraph, continued: children.Count >= 2 && !secondIsBlank);
                earlierAllowLast = true;
            }
        }
    }
}
