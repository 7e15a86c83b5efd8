using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Ikim.Publisher.Site.Markdown.Typography;

/// <summary>
/// kramdown takes <c>&lt;&lt;</c> and <c>&gt;&gt;</c> as guillemets before it looks for HTML, so
/// <c>&lt;&lt;tight&gt;&gt;</c> is «tight», not a tag. Runs before Markdig's HTML parser and keeps
/// the pair as text for <see cref="SmartQuotes"/>.
/// </summary>
public sealed class GuillemetParser : InlineParser
{
    public GuillemetParser()
    {
        OpeningCharacters = ['<'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '<')
        {
            return false;
        }

        var start = slice.Start;
        slice.Start += 2;
        processor.Inline = new LiteralInline("<<") { Span = new(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(start + 1)), Line = line, Column = column };
        return true;
    }
}
