using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Liquid;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Rendering;

/// <summary>
/// Wraps rendered content in its layout, then that layout's layout, and so on. As in Jekyll,
/// a layout that appears a second time in the chain ends it (no endless loop), and a missing
/// layout is a warning: the page is written without it.
/// </summary>
internal sealed class LayoutChain(IReadOnlyDictionary<string, Layout> layouts, LiquidRenderer liquid, BuildDiagnostics diagnostics)
{
    public string Apply(Page page, string content, ScriptObject variables, CancellationToken cancellationToken)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var name = page.LayoutName;
        while (name is not null)
        {
            if (!layouts.TryGetValue(name, out var layout))
            {
                diagnostics.Warn(page.SourcePath, $"Layout '{name}' requested in {page.SourcePath} does not exist.");
                break;
            }

            if (!used.Add(name))
            {
                break;
            }

            variables.SetValue("content", content, readOnly: false);
            variables.SetValue("layout", TemplateValue.ToObject(layout.FrontMatter.Data), readOnly: false);
            var template = liquid.Templates.GetOrParse(layout.SourcePath, layout.FrontMatter.Body, layout.FrontMatter.BodyLine);
            content = liquid.Render(template, variables, cancellationToken);
            name = layout.ParentName;
        }

        return content;
    }
}
