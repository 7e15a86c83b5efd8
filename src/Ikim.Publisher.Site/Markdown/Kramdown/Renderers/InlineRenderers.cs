using Ikim.Publisher.Site.Markdown.HtmlBlocks;
using Markdig.Syntax.Inlines;

namespace Ikim.Publisher.Site.Markdown.Kramdown.Renderers;

/// <summary>
/// kramdown's <c>convert_text</c>: &lt; &gt; &amp; escaped, quotes left as they are. A literal
/// '&amp;' is always escaped: kramdown turns an unknown <c>&amp;name;</c> into <c>&amp;amp;name;</c>.
/// </summary>
public sealed class LiteralRenderer : KramdownObjectRenderer<LiteralInline>
{
    protected override void Write(KramdownHtmlRenderer renderer, LiteralInline obj) =>
        renderer.Write(KramdownHtml.EscapeAll(obj.Content.ToString()));
}

/// <summary>
/// em, strong and del. kramdown nests <c>***x***</c> as strong around em, CommonMark the other
/// way round; the renderer swaps such a pair.
/// </summary>
public sealed class EmphasisRenderer : KramdownObjectRenderer<EmphasisInline>
{
    protected override void Write(KramdownHtmlRenderer renderer, EmphasisInline obj)
    {
        if (obj.DelimiterCount == 1 && obj.DelimiterChar != '~' && obj.FirstChild is EmphasisInline { DelimiterCount: 2 } inner
            && inner.NextSibling is null && inner.DelimiterChar == obj.DelimiterChar && KramdownAttributes.Find(obj) is null && KramdownAttributes.Find(inner) is null)
        {
            renderer.Write("<strong><em>").Write(renderer.Inlines(inner)).Write("</em></strong>");
            return;
        }

        var tag = obj.DelimiterChar == '~' ? "del" : obj.DelimiterCount >= 2 ? "strong" : "em";
        renderer.Write('<').Write(tag).Write(KramdownAttributes.ToHtml(obj)).Write('>').Write(renderer.Inlines(obj)).Write("</").Write(tag).Write('>');
    }
}

/// <summary>Hard breaks become <c>&lt;br /&gt;</c>; soft breaks stay newlines unless hard_wrap is on.</summary>
public sealed class LineBreakRenderer : KramdownObjectRenderer<LineBreakInline>
{
    protected override void Write(KramdownHtmlRenderer renderer, LineBreakInline obj)
    {
        if (obj.IsHard || renderer.Options.HardWrap)
        {
            renderer.Write("<br />");
        }

        renderer.Write('\n');
    }
}

/// <summary>Entities come out as characters (Jekyll's entity_output: as_char), except &lt; &gt; &amp;.</summary>
public sealed class HtmlEntityRenderer : KramdownObjectRenderer<HtmlEntityInline>
{
    protected override void Write(KramdownHtmlRenderer renderer, HtmlEntityInline obj)
    {
        var text = obj.Transcoded.ToString();
        renderer.Write(text switch
        {
            "<" => "&lt;",
            ">" => "&gt;",
            "&" => "&amp;",
            _ => text,
        });
    }
}

public sealed class LinkRenderer : KramdownObjectRenderer<LinkInline>
{
    protected override void Write(KramdownHtmlRenderer renderer, LinkInline obj)
    {
        var attributes = new KramdownAttributes();
        if (obj.IsImage)
        {
            attributes["src"] = obj.Url ?? "";
            attributes["alt"] = PlainText.Of(obj);
        }
        else
        {
            attributes["href"] = obj.Url ?? "";
        }

        if (!string.IsNullOrEmpty(obj.Title))
        {
            attributes["title"] = obj.Title;
        }

        if (KramdownAttributes.Find(obj) is { } ial)
        {
            attributes.Merge(ial);
        }

        if (obj.IsImage)
        {
            renderer.Write("<img").Write(attributes.ToHtml()).Write(" />");
        }
        else if (renderer.InTocEntry)
        {
            renderer.Write(renderer.Inlines(obj));
        }
        else
        {
            renderer.Write("<a").Write(attributes.ToHtml()).Write('>').Write(renderer.Inlines(obj)).Write("</a>");
        }
    }
}

/// <summary>Autolinks, never obfuscated; an e-mail link shows the address without <c>mailto:</c>.</summary>
public sealed class AutolinkRenderer : KramdownObjectRenderer<AutolinkInline>
{
    protected override void Write(KramdownHtmlRenderer renderer, AutolinkInline obj)
    {
        var href = obj.IsEmail ? "mailto:" + obj.Url : obj.Url;
        var text = href.StartsWith("mailto:", StringComparison.Ordinal) ? href["mailto:".Length..] : href;
        var attributes = new KramdownAttributes { ["href"] = href };
        if (KramdownAttributes.Find(obj) is { } ial)
        {
            attributes.Merge(ial);
        }

        renderer.Write("<a").Write(attributes.ToHtml()).Write('>').Write(KramdownHtml.EscapeAll(text)).Write("</a>");
    }
}

/// <summary>Span HTML written back as kramdown's HTML parser re-serialises it (<c>&lt;br&gt;</c> → <c>&lt;br /&gt;</c>).</summary>
public sealed class HtmlInlineRenderer : KramdownObjectRenderer<HtmlInline>
{
    protected override void Write(KramdownHtmlRenderer renderer, HtmlInline obj) => renderer.Write(HtmlTag.NormaliseInline(obj.Tag ?? ""));
}

/// <summary>Delimiters nothing matched are plain text.</summary>
public sealed class DelimiterRenderer : KramdownObjectRenderer<DelimiterInline>
{
    protected override void Write(KramdownHtmlRenderer renderer, DelimiterInline obj)
    {
        renderer.Write(KramdownHtml.EscapeAll(obj.ToLiteral()));
        renderer.Write(renderer.Inlines(obj));
    }
}
