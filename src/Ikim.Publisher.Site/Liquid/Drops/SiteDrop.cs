using Ikim.Publisher.Site.Content;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Liquid.Drops;

/// <summary>
/// <c>site</c> as templates see it: the configuration plus Jekyll's listings
/// (<c>pages</c>, <c>html_pages</c>, <c>static_files</c>, <c>data</c>, <c>time</c>…).
/// Built once per build and shared by every render.
/// </summary>
internal static class SiteDrop
{
    public static ScriptObject Create(SiteContent site, IReadOnlyDictionary<Page, ScriptObject> pageDrops)
    {
        var drop = TemplateValue.ToObject(site.Configuration.Values);
        var pages = new ScriptArray(site.Pages.Select(p => pageDrops[p]));
        drop.SetValue("pages", pages, readOnly: false);
        drop.SetValue("html_pages", new ScriptArray(site.Pages.Where(p => p.OutputPath.EndsWith(".html", StringComparison.Ordinal)).Select(p => pageDrops[p])), readOnly: false);
        drop.SetValue("static_files", new ScriptArray(site.StaticFiles.Select(StaticFileDrop.Create)), readOnly: false);
        drop.SetValue("data", TemplateValue.From(site.Data), readOnly: false);
        drop.SetValue("time", site.Time, readOnly: false);
        drop.SetValue("posts", new ScriptArray(), readOnly: false);
        drop.SetValue("documents", new ScriptArray(), readOnly: false);
        drop.SetValue("categories", new ScriptObject(), readOnly: false);
        drop.SetValue("tags", new ScriptObject(), readOnly: false);
        drop.SetValue("baseurl", site.Configuration.Values.GetValueOrDefault("baseurl"), readOnly: false);
        return drop;
    }
}
