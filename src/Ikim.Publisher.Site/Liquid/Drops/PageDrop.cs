using Ikim.Publisher.Site.Content;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Liquid.Drops;

/// <summary><c>page</c> as templates see it: front matter plus the variables Jekyll sets.</summary>
internal static class PageDrop
{
    public static ScriptObject Create(Page page)
    {
        var drop = TemplateValue.ToObject(page.Data);
        var slash = page.Url.LastIndexOf('/');
        drop.SetValue("url", page.Url, readOnly: false);
        drop.SetValue("path", page.SourcePath, readOnly: false);
        drop.SetValue("name", page.Name, readOnly: false);
        drop.SetValue("dir", page.Url[..(slash + 1)], readOnly: false);
        drop.SetValue("content", page.FrontMatter.Body, readOnly: false);
        drop.SetValue("excerpt", null, readOnly: false);
        return drop;
    }

    /// <summary>
    /// A copy of a shared drop for one render, so that setting <c>content</c> during a render
    /// never changes what other pages (rendered in parallel) see in <c>site.pages</c>.
    /// </summary>
    public static ScriptObject ForRender(ScriptObject shared)
    {
        var copy = new ScriptObject();
        foreach (var (key, value) in shared)
        {
            copy.SetValue(key, value, readOnly: false);
        }

        return copy;
    }
}
