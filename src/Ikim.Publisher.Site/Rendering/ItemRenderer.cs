using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Incremental;
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
    /// <param name="site"><c>site</c> for this render (a recording view of the shared drop in incremental builds).</param>
    /// <param name="reads">Records the layouts, includes and indexes the render reads; null when not recorded.</param>
    public string Convert(Convertible item, ScriptObject drop, object site, DependencyRecorder? reads, CancellationToken cancellationToken)
    {
        var variables = Variables(site, Page(item, PageDrop.ForRender(drop), reads), paginator(item));
        variables.SetValue("layout", layouts.FirstLayoutData(item, reads), readOnly: false);
        return Convert(item, item.SourcePath, item.Body, item.BodyLine, variables, reads, cancellationToken);
    }

    /// <summary>The layouts around converted content; <c>page.content</c> is the converted content by now.</summary>
    public string Layout(Convertible item, string converted, ScriptObject drop, object site, DependencyRecorder? reads, CancellationToken cancellationToken)
    {
        var page = PageDrop.ForRender(drop);
        page.SetValue("content", converted, readOnly: false);
        return layouts.Apply(item, converted, Variables(site, Page(item, page, reads), paginator(item)), reads, cancellationToken);
    }

    /// <summary>A document's excerpt: Liquid and the document's converter, no layout; <c>page</c> is the excerpt.</summary>
    public string Excerpt(Document document, ScriptObject documentDrop, object site, DependencyRecorder? reads, CancellationToken cancellationToken)
    {
        var variables = Variables(site, Page(document, ExcerptDrop.Create(document, documentDrop), reads), null);
        return Convert(document, document.SourcePath + "#excerpt", document.ExcerptSource!, document.BodyLine, variables, reads, cancellationToken);
    }

    private string Convert(Convertible item, string templatePath, string body, int firstLine, ScriptObject variables, DependencyRecorder? reads, CancellationToken cancellationToken)
    {
        var content = body;
        if (item is Page { Writer: { } writer })
        {
            content = liquid.Render(WrittenTemplate.For(templatePath, writer), variables, reads, cancellationToken);
        }
        else if (item.RenderWithLiquid && HasLiquid(body))
        {
            var template = liquid.Templates.GetOrParse(templatePath, body, firstLine);
            content = liquid.Render(template, variables, reads, cancellationToken);
        }

        return converter.Convert(item, content);
    }

    private static bool HasLiquid(string text) => text.Contains("{%", StringComparison.Ordinal) || text.Contains("{{", StringComparison.Ordinal);

    /// <summary><c>page</c> for a render: a document's records its reads of <c>next</c> and <c>previous</c> when the render is recorded.</summary>
    private static object Page(Convertible item, ScriptObject page, DependencyRecorder? reads) =>
        reads is not null && item is Document document ? PageView.For(page, reads, document.SourcePath) : page;

    private ScriptObject Variables(object site, object page, ScriptObject? pager) => new()
    {
        ["site"] = site,
        ["page"] = page,
        ["jekyll"] = jekyll,
        ["paginator"] = pager,
        ["content"] = null,
        ["layout"] = null,
    };
}
