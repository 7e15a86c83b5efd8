using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig;
using Markdig.Extensions.Abbreviations;
using Markdig.Renderers;

namespace Ikim.Publisher.Site.Markdown.Abbreviations;

/// <summary>Abbreviations written as kramdown's <c>&lt;abbr title="…"&gt;</c> (no title when the definition is empty).</summary>
public sealed class AbbreviationsExtension : KramdownFeature
{
    protected override IEnumerable<IMarkdownObjectRenderer> Renderers(MarkdownPipeline pipeline) => [new AbbreviationRenderer()];
}

public sealed class AbbreviationRenderer : KramdownObjectRenderer<AbbreviationInline>
{
    protected override void Write(KramdownHtmlRenderer renderer, AbbreviationInline obj)
    {
        var attributes = new KramdownAttributes();
        var title = obj.Abbreviation.Text.ToString().Trim();
        if (title.Length > 0)
        {
            attributes["title"] = title;
        }

        renderer.Write("<abbr").Write(attributes.ToHtml()).Write('>').Write(KramdownHtml.EscapeAll(obj.Abbreviation.Label ?? "")).Write("</abbr>");
    }
}
