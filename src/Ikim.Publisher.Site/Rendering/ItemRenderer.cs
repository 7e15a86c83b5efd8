using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Liquid;
using Ikim.Publisher.Site.Liquid.Drops;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Rendering;

/// <summary>
/// Renders one page, document or excerpt in Jekyll's fixed order: Liquid over the body, then the
/// converter, then the layout chain. Every render gets its own variables and its own copy of <c>page</c>.
/// </summary>
/// <param name="paginator">What <c>paginator</c> is while an item renders (set on pages of a jekyll-paginate series).</param>
internal sealed class ItemRenderer(LiquidRenderer liquid, Converter converter, LayoutChain layouts, ScriptObject jekyll, Func<Convertible, ScriptObject?> paginator)
{
    /// <summary>Liquid and the converter: what a document's <c>content</c> becomes before layouts.</summary>
    public string Convert(Convertible item, ScriptObject drop, ScriptObject site, CancellationToken cancellationToken)
    {
        var variables = Variables(site, PageDrop.ForRender(drop), paginator(item));
        variables.SetValue("layout", layouts.FirstLayoutData(item), readOnly: false);
        return Convert(item, item.SourcePath, item.Body, item.BodyLine, variables, cancellationToken);
    }

    /// <summary>The layouts around converted content; <c>page.content</c> is the converted content by now.</summary>
    public string Layout(Convertible item, string converted, ScriptObject drop, ScriptObject site, CancellationToken cancellationToken)
    {
        var page = PageDrop.ForRender(drop);
        page.SetValue("content", converted, readOnly: false);
        return layouts.Apply(item, converted, Variables(site, page, paginator(item)), cancellationToken);
    }

    /// <summary>A document's excerpt: Liquid and the document's converter, no layout; <c>page</c> is the excerpt.</summary>
    public string Excerpt(Document document, ScriptObject documentDrop, ScriptObject site, CancellationToken cancellationToken)
    {
        var variables = Variables(site, ExcerptDrop.Create(document, documentDrop), null);
        return Convert(document, document.SourcePath + "#excerpt", document.ExcerptSource!, document.BodyLine, variables, cancellationToken);
    }

    private string Convert(Convertible item, string templatePath, string body, int firstLine, ScriptObject variables, CancellationToken cancellationToken)
    {
        var content = body;
        if (item is Page { Writer: { } writer })
        {
            content = liquid.Render(WrittenTemplate.For(templatePath, writer), variables, cancellationToken);
        }
        else if (item.RenderWithLiquid && HasLiquid(body))
        {
            var template = liquid.Templates.GetOrParse(templatePath, body, firstLine);
            content = liquid.Render(template, variables, cancellationToken);
        }

        return converter.Convert(item, content);
    }

    private static bool HasLiquid(string text) => text.Contains("{%", StringComparison.Ordinal) || text.Contains("{{", StringComparison.Ordinal);

    private ScriptObject Variables(ScriptObject site, ScriptObject page, ScriptObject? pager) => new()
    {
        ["site"] = site,
        ["page"] = page,
        ["jekyll"] = jekyll,
        ["paginator"] = pager,
        ["content"] = null,
        ["layout"] = null,
    };
}
