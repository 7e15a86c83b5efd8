using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Ikim.Publisher.Site.Markdown.AttributeLists;

/// <summary>
/// Span IALs: <c>*text*{: .red}</c>, <c>[link](url){: target="_blank"}</c>. The IAL applies to
/// the span element right before it; after plain text kramdown keeps it as text.
/// </summary>
public sealed partial class SpanAttributeListParser : InlineParser
{
    public SpanAttributeListParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var match = Pattern().Match(text, slice.Start, slice.End - slice.Start + 1);
        if (!match.Success || match.Index != slice.Start)
        {
            return false;
        }

        processor.Inline = new AttributeListInline(match.Value, AttributeList.Parse(match.Groups[1].Value));
        slice.Start += match.Length;
        return true;
    }

    [GeneratedRegex(@"\{:(?!:|/)((?:\\\}|[^}])+)\}")]
    private static partial Regex Pattern();
}

public sealed class AttributeListInline(string source, KramdownAttributes attributes) : LeafInline
{
    public string Source => source;

    public KramdownAttributes Attributes => attributes;

    public bool Applied { get; set; }
}

/// <summary>An IAL that found no span element to apply to is written as the text it was.</summary>
public sealed class AttributeListInlineRenderer : KramdownObjectRenderer<AttributeListInline>
{
    protected override void Write(KramdownHtmlRenderer renderer, AttributeListInline obj)
    {
        if (!obj.Applied)
        {
            renderer.Write(KramdownHtml.EscapeAll(obj.Source));
        }
    }
}
