using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Liquid;
using Ikim.Publisher.Site.Liquid.Drops;
using Markdig;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Rendering;

/// <summary>
/// Renders one page in Jekyll's fixed order: Liquid over the body, then the converter
/// (Markdown to HTML for Markdown pages), then the layout chain.
/// </summary>
internal sealed class PageRenderer(LiquidRenderer liquid, MarkdownPipeline markdown, LayoutChain layouts, ScriptObject site, ScriptObject jekyll)
{
    public string Render(Page page, ScriptObject sharedDrop, CancellationToken cancellationToken)
    {
        var pageDrop = PageDrop.ForRender(sharedDrop);
        var variables = new ScriptObject
        {
            ["site"] = site,
            ["page"] = pageDrop,
            ["jekyll"] = jekyll,
            ["paginator"] = null,
        };

        var template = liquid.Templates.GetOrParse(page.SourcePath, page.FrontMatter.Body, page.FrontMatter.BodyLine);
        var content = liquid.Render(template, variables, cancellationToken);
        if (page.IsMarkdown)
        {
            content = Markdig.Markdown.ToHtml(content, markdown);
        }

        pageDrop.SetValue("content", content, readOnly: false);
        return layouts.Apply(page, content, variables, cancellationToken);
    }
}
