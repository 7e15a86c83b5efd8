using Ikim.Publisher.Site.Content;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Liquid.Drops;

/// <summary>
/// <c>page</c> while an excerpt renders (Jekyll's ExcerptDrop): the document's data without
/// <c>layout</c> and <c>excerpt</c>, its URL and date, the excerpt text as <c>content</c>.
/// </summary>
internal static class ExcerptDrop
{
    public static ScriptObject Create(Document document, ScriptObject documentDrop)
    {
        var drop = PageDrop.ForRender(documentDrop);
        drop.SetValue("content", document.ExcerptSource, readOnly: false);
        drop.SetValue("output", null, readOnly: false);
        drop.SetValue("excerpt", null, readOnly: false);
        drop.SetValue("id", document.Id + "#excerpt", readOnly: false);
        drop.SetValue("path", document.RelativePath + "/#excerpt", readOnly: false);
        drop.SetValue("relative_path", document.RelativePath + "/#excerpt", readOnly: false);
        return drop;
    }
}
