using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Ikim.Publisher.Site.Markdown.CodeBlocks;

/// <summary>
/// kramdown reads a single backtick with white space on both sides as a literal backtick, not
/// as the start of a code span (CommonMark would pair it with a later one).
/// </summary>
public sealed class CodeSpanGuardParser : InlineParser
{
    public CodeSpanGuardParser()
    {
        OpeningCharacters = ['`'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var before = slice.PeekCharExtra(-1);
        var after = slice.PeekChar();
        if (after == '`' || before == '`' || !(before == '\0' || before.IsWhitespace()) || !after.IsWhitespace())
        {
            return false;
        }

        processor.Inline = new LiteralInline("`");
        slice.SkipChar();
        return true;
    }
}
