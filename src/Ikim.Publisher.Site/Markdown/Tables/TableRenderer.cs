using System.Text;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.Tables;

/// <summary>
/// Pipe tables written as kramdown writes them: thead/tbody/tfoot sections indented two spaces a
/// level, <c>style="text-align: …"</c> on aligned cells, a no-break space in empty cells, short
/// rows padded. A body row of dashes starts a new tbody and a row of '=' starts the tfoot, as in
/// kramdown's table syntax.
/// </summary>
public sealed partial class TableRenderer : KramdownObjectRenderer<Table>
{
    protected override void Write(KramdownHtmlRenderer renderer, Table obj)
    {
        var indent = renderer.Indent;
        var rows = obj.OfType<TableRow>().ToList();
        var columns = Math.Max(obj.ColumnDefinitions.Count, rows.Count == 0 ? 0 : rows.Max(r => r.Count));
        var sections = new StringBuilder();
        var header = rows.TakeWhile(r => r.IsHeader).ToList();
        if (header.Count > 0)
        {
            sections.Append(Section(renderer, "thead", header, obj, columns, indent + 2));
        }

        var body = new List<TableRow>();
        var footer = false;
        foreach (var row in rows.Skip(header.Count))
        {
            var separator = row.GetData(typeof(TableRenderer)) is int kind ? kind : 0;
            if (separator == 0)
            {
                body.Add(row);
                continue;
            }

            if (body.Count > 0)
            {
                sections.Append(Section(renderer, footer ? "tfoot" : "tbody", body, obj, columns, indent + 2));
                body = [];
            }

            footer |= separator == 2;
        }

        if (body.Count > 0)
        {
            sections.Append(Section(renderer, footer ? "tfoot" : "tbody", body, obj, columns, indent + 2));
        }

        renderer.IndentedBlockElement("table", KramdownAttributes.ToHtml(obj), sections.ToString(), indent);
    }

    private static string Section(KramdownHtmlRenderer renderer, string name, List<TableRow> rows, Table table, int columns, int indent)
    {
        var cellTag = name == "thead" ? "th" : "td";
        return renderer.Capture(() =>
        {
            var body = new StringBuilder();
            foreach (var row in rows)
            {
                var cells = renderer.Capture(() =>
                {
                    for (var column = 0; column < columns; column++)
                    {
                        var cell = column < row.Count ? row[column] as TableCell : null;
                        var content = cell is null ? "" : string.Concat(cell.OfType<LeafBlock>().Select(p => renderer.Inlines(p.Inline)));
                        var attributes = cell is null ? new KramdownAttributes() : KramdownAttributes.Find(cell)?.Clone() ?? new KramdownAttributes();
                        var alignment = column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment : null;
                        if (alignment is { } align)
                        {
                            var style = "text-align: " + align.ToString().ToLowerInvariant();
                            attributes["style"] = attributes["style"] is { } existing ? existing + "; " + style : style;
                        }

                        renderer.BlockElement(cellTag, attributes.ToHtml(), content.Length == 0 ? "\u00a0" : content, indent + 4);
                    }
                });
                body.Append(' ', indent + 2).Append("<tr").Append(KramdownAttributes.ToHtml(row)).Append(">\n").Append(cells).Append(' ', indent + 2).Append("</tr>\n");
            }

            renderer.IndentedBlockElement(name, "", body.ToString(), indent);
        });
    }

    /// <summary>Marks separator rows before typography turns their dashes into dashes of another kind.</summary>
    public static void MarkSeparators(Table table)
    {
        foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
        {
            row.SetData(typeof(TableRenderer), SeparatorKind(row));
        }
    }

    // 1: a row of dashes (new tbody), 2: a row of '=' (footer), 0: a data row.
    private static int SeparatorKind(TableRow row)
    {
        var texts = row.OfType<TableCell>().Select(c => string.Concat(c.OfType<LeafBlock>().Select(p => PlainText.Of(p.Inline))).Trim()).ToList();
        if (texts.Count == 0 || texts.Any(t => t.Length == 0 && texts.Count == 1))
        {
            return 0;
        }

        if (texts.All(t => DashCell().IsMatch(t)))
        {
            return 1;
        }

        return texts.All(t => EqualsCell().IsMatch(t)) ? 2 : 0;
    }

    [GeneratedRegex(@"^[:+ \t]*-[-:+ \t]*$|^$")]
    private static partial Regex DashCell();

    [GeneratedRegex(@"^[:+ \t]*=[=:+ \t]*$|^$")]
    private static partial Regex EqualsCell();
}
