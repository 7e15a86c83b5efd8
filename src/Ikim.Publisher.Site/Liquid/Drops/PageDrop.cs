using Ikim.Publisher.Site.Content;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Liquid.Drops;

/// <summary>
/// <c>page</c> for a page, as Jekyll's Page#to_liquid: defaults under front matter, then
/// <c>content</c>, <c>dir</c>, <c>excerpt</c>, <c>name</c>, <c>path</c> and <c>url</c>.
/// </summary>
internal static class PageDrop
{
    public static ScriptObject Create(Page page)
    {
        var drop = TemplateValue.ToObject(page.Data, room: 6);
        drop.SetValue("content", page.Body, readOnly: false);
        drop.SetValue("dir", page.UrlDir, readOnly: false);
        drop.SetValue("excerpt", page.FrontMatter.GetValueOrDefault("excerpt") is { } excerpt ? TemplateValue.From(excerpt) : null, readOnly: false);
        drop.SetValue("name", page.Name, readOnly: false);
        drop.SetValue("path", page.FrontMatter.TryGetValue("path", out var path) ? TemplateValue.From(path) : page.SourcePath, readOnly: false);
        drop.SetValue("url", page.Url, readOnly: false);
        return drop;
    }

    /// <summary>
    /// A copy of a shared drop for one render, so that setting <c>content</c> during a render
    /// never changes what other pages (rendered in parallel) see in <c>site.pages</c>.
    /// </summary>
    public static ScriptObject ForRender(ScriptObject shared)
    {
        var copy = new ScriptObject(shared.Count + 2);
        foreach (var (key, value) in shared)
        {
            copy.SetValue(key, value, readOnly: false);
        }

        return copy;
    }
}
