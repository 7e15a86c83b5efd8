using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ikim.Publisher.Site.Markdown.Tables;

/// <summary>
/// kramdown starts a table only after a blank line: table lines right under a paragraph are
/// more lines of that paragraph (GFM, and Markdig, make a table of them). Such a table is read
/// again as paragraph text and joined to the paragraph above.
/// </summary>
public static class TableAfterParagraph
{
    public static bool Rejoin(KramdownContext context, Table table)
    {
        var parent = table.Parent;
        var index = parent?.IndexOf(table) ?? -1;
        if (parent is null || index < 1 || parent[index - 1] is not ParagraphBlock paragraph || paragraph.Inline is null
            || context.Source.HasBlankBetween(context.Layout.EndLine(paragraph), table.Line))
        {
            return false;
        }

        var source = context.Source;
        var first = source.Line(paragraph.Line);
        var prefix = first.Length - first.TrimStart(' ', '\t', '>').Length;
        var lines = Enumerable.Range(paragraph.Line, context.Layout.EndLine(table) - paragraph.Line + 1)
            .Select(line => source.Line(line))
            .Select(line => line.Length >= prefix && line[..prefix].Trim(' ', '\t', '>').Length == 0 ? line[prefix..] : line.TrimStart());
        var reparsed = Markdig.Markdown.Parse(string.Join('\n', lines) + "\n", MarkdownPipelineFactory.WithoutTables);
        if (reparsed.Count != 1 || reparsed[0] is not ParagraphBlock { Inline: { } inline } text)
        {
            return false;
        }

        text.Inline = null;
        foreach (var child in inline.Descendants<Inline>())
        {
            // Line numbers count from the paragraph's first line; offsets no longer point into the source.
            child.Line += paragraph.Line;
            child.Span = new(-1, -1);
        }

        paragraph.Inline = inline;
        paragraph.Span = new(paragraph.Span.Start, table.Span.End);
        paragraph.Lines = new Markdig.Helpers.StringLineGroup(1);
        parent.Remove(table);
        return true;
    }
}
