using System.Text;
using Markdig.Syntax.Inlines;

namespace Ikim.Publisher.Site.Markdown.Kramdown;

/// <summary>The text of an inline tree without markup (image alt text, header ids, TOC).</summary>
public static class PlainText
{
    public static string Of(Inline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString();
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case Abbreviations.AbbreviationElement abbreviation:
                text.Append(abbreviation.Abbreviation);
                break;
            case LineBreakInline:
                text.Append('\n');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }
}
