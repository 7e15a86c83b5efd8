using System.Text;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// CSV/TSV as Jekyll reads data files: the first row names the columns, each further row
/// becomes a mapping of column to string. Quoted fields may hold separators, quotes ("") and newlines.
/// </summary>
internal static class DelimitedText
{
    public static List<object?> Parse(string text, char separator)
    {
        var rows = ReadRows(text, separator);
        var result = new List<object?>();
        if (rows.Count == 0)
        {
            return result;
        }

        var header = rows[0];
        foreach (var row in rows.Skip(1))
        {
            var record = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                record[header[i]] = i < row.Count ? row[i] : null;
            }

            result.Add(record);
        }

        return result;
    }

    private static List<List<string>> ReadRows(string text, char separator)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var fieldStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && field.Length == 0)
            {
                quoted = true;
                fieldStarted = true;
            }
            else if (c == separator)
            {
                row.Add(field.ToString());
                field.Clear();
                fieldStarted = true;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndRow();
            }
            else
            {
                field.Append(c);
                fieldStarted = true;
            }
        }

        EndRow();
        return rows;

        void EndRow()
        {
            if (fieldStarted || field.Length > 0 || row.Count > 0)
            {
                row.Add(field.ToString());
                rows.Add(row);
            }

            row = new List<string>();
            field.Clear();
            fieldStarted = false;
        }
    }
}
