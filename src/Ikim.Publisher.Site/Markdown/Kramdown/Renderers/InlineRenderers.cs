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
        // CommonMark drops white space before a line end; kramdown keeps it in the text, except
        // the two spaces that make a hard break.
        var trailing = TrailingWhiteSpace(renderer.Context.Source, obj.Line);
        if (obj.IsHard && !obj.IsBackslash)
        {
            trailing = trailing.Length >= 2 ? trailing[..^2] : "";
        }

        renderer.Write(obj.IsBackslash ? "" : trailing);
        if (obj.IsHard || renderer.Options.HardWrap)
        {
            renderer.Write("<br />");
        }

        renderer.Write('\n');
    }

    private static string TrailingWhiteSpace(KramdownSource source, int line)
    {
        if (line < 0 || line >= source.LineCount)
        {
            return "";
        }

        var text = source.Line(line);
        return text[text.TrimEnd(' ', '\t').Length..];
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
            attributes["alt"] = RawLabel(renderer, obj) ?? PlainText.Of(obj);
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

    // kramdown's alt text is the image label as written, markup and all.
    private static string? RawLabel(KramdownHtmlRenderer renderer, LinkInline image)
    {
        var source = renderer.Context.Source.Text;
        var start = image.Span.Start + 2;
        if (image.Span.Start < 0 || start > source.Length || string.CompareOrdinal(source, image.Span.Start, "![", 0, 2) != 0)
        {
            return null;
        }

        var depth = 0;
        for (var i = start; i < source.Length && i <= image.Span.End; i++)
        {
            switch (source[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    depth++;
                    break;
                case ']' when depth == 0:
                    return source[start..i].Replace('\n', ' ');
                case ']':
                    depth--;
                    break;
            }
        }

        return null;
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
    protected override void Write(KramdownHtmlRenderer renderer, HtmlInline obj)
    {
        var tag = obj.Tag ?? "";
        // kramdown refuses block elements inside text ("Found block HTML tag in span-level text") and keeps them as text.
        var name = HtmlTag.ReadStart(tag, 0)?.Name ?? (HtmlTag.ReadEnd(tag, 0) is { } end ? end.Name.ToLowerInvariant() : null);
        renderer.Write(name is not null && HtmlTag.BlockElements.Contains(name) && !HtmlTag.SpanElements.Contains(name)
            ? KramdownHtml.EscapeAll(tag)
            : HtmlTag.NormaliseInline(tag));
    }
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
