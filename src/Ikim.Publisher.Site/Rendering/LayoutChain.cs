using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Incremental;
using Ikim.Publisher.Site.Liquid;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Rendering;

/// <summary>
/// Wraps rendered content in its layout, then that layout's layout, and so on (Renderer#place_in_layouts).
/// Each layout sees <c>content</c> and <c>layout</c>: the layouts' front matter merged so far, inner layouts
/// winning. A layout used twice ends the chain, as Jekyll's loop guard does; a missing layout is a
/// warning, and the item is written without it.
/// </summary>
internal sealed class LayoutChain(IReadOnlyDictionary<string, Layout> layouts, LiquidRenderer liquid, BuildDiagnostics diagnostics)
{
    /// <summary>The front matter of the item's first layout: what <c>layout</c> shows while the item itself renders.</summary>
    public object? FirstLayoutData(Convertible item, DependencyRecorder? reads)
    {
        if (item.LayoutName is not { } name)
        {
            return null;
        }

        reads?.Read(DependencyKeys.LayoutData(name));
        return layouts.TryGetValue(name, out var layout) ? TemplateValue.ToObject(layout.FrontMatter.Data) : null;
    }

    public string Apply(Convertible item, string content, ScriptObject variables, DependencyRecorder? reads, CancellationToken cancellationToken)
    {
        var name = item.LayoutName;
        if (name is null || !item.PlaceInLayout)
        {
            return content;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyDictionary<string, object?> merged = new Dictionary<string, object?>();
        while (name is not null && used.Add(name))
        {
            reads?.Read(DependencyKeys.Layout(name));
            if (!layouts.TryGetValue(name, out var layout))
            {
                if (used.Count == 1)
                {
                    diagnostics.Warn(item.SourcePath, $"Layout '{name}' requested in {item.SourcePath} does not exist.");
                }

                break;
            }

            merged = DataMerge.Merge(layout.FrontMatter.Data, merged);
            variables.SetValue("content", content, readOnly: false);
            variables.SetValue("layout", TemplateValue.ToObject(merged), readOnly: false);
            var template = layout.Writer is { } writer
                ? WrittenTemplate.For(layout.SourcePath, writer)
                : liquid.Templates.GetOrParse(layout.SourcePath, layout.FrontMatter.Body, layout.FrontMatter.BodyLine);
            content = liquid.Render(template, variables, reads, cancellationToken);
            name = layout.ParentName;
        }

        return content;
    }
}
