namespace Ikim.Publisher.Site.Markdown.Kramdown;

/// <summary>
/// The Markdown source as lines, so that blank lines between blocks can be found: kramdown keeps
/// every run of blank lines as a <c>:blank</c> element and writes it out as one newline.
/// </summary>
public sealed class KramdownSource
{
    private readonly int[] _lineStarts;

    public KramdownSource(string text)
    {
        Text = text;
        var starts = new List<int>(text.Length / 40 + 1) { 0 };
        for (var i = text.IndexOf('\n'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        _lineStarts = [.. starts];
    }

    public string Text { get; }

    public int LineCount => Text.Length == 0 ? 0 : _lineStarts.Length;

    public int LineOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, Math.Clamp(offset, 0, Math.Max(0, Text.Length - 1)));
        return index >= 0 ? index : ~index - 1;
    }

    public string Line(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] - 1 : Text.Length;
        if (end > start && Text[end - 1] == '\n')
        {
            end--;
        }

        return Text[start..end];
    }

    /// <summary>Blank once container markers (<c>&gt;</c>) and white space are ignored.</summary>
    public bool IsBlank(int line) => line >= 0 && line < LineCount && Line(line).AsSpan().Trim(" \t>").IsEmpty;

    /// <summary>Whether a line strictly between <paramref name="after"/> and <paramref name="before"/> is blank.</summary>
    public bool HasBlankBetween(int after, int before)
    {
        for (var line = Math.Max(0, after + 1); line < Math.Min(before, LineCount); line++)
        {
            if (IsBlank(line))
            {
                return true;
            }
        }

        return false;
    }
}
