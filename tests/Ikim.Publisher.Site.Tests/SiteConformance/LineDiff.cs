using System.Text;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Ikim.Publisher.Site.Tests.SiteConformance;

/// <summary>A compact unified-style diff (expected '-', ours '+') with a little context, capped in length.</summary>
internal static class LineDiff
{
    public static string Format(string expected, string actual, int context = 2, int maxLines = 40)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        var lines = diff.Lines;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged)
            {
                continue;
            }

            for (var j = Math.Max(0, i - context); j <= Math.Min(lines.Count - 1, i + context); j++)
            {
                show[j] = true;
            }
        }

        var output = new StringBuilder();
        var written = 0;
        var skipped = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!show[i])
            {
                skipped = true;
                continue;
            }

            if (skipped || written == 0)
            {
                output.Append("      @@ line ").Append(i + 1).Append('\n');
                skipped = false;
            }

            if (++written > maxLines)
            {
                output.Append("      ... (diff cut)\n");
                break;
            }

            var marker = lines[i].Type switch
            {
                ChangeType.Deleted => '-',
                ChangeType.Inserted => '+',
                _ => ' ',
            };
            output.Append("      ").Append(marker).Append(' ').Append(lines[i].Text).Append('\n');
        }

        return output.ToString();
    }
}
