using Ikim.Publisher.Site.Content;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Liquid.Drops;

/// <summary>
/// <c>page</c> for a document (a post or a collection item), as Jekyll's DocumentDrop: its data plus
/// <c>collection</c>, <c>id</c>, <c>url</c>, <c>path</c>, <c>relative_path</c>, <c>date</c>, <c>content</c>,
/// <c>output</c>, <c>excerpt</c>, <c>next</c>, <c>previous</c>. <c>content</c>, <c>excerpt</c> and
/// <c>output</c> are filled in by the renderer between its phases; <c>next</c>/<c>previous</c> once all
/// drops exist.
/// </summary>
internal static class DocumentDrop
{
    public static DocumentDropObject Create(Document document)
    {
        // The data and the twelve keys set below.
        var drop = TemplateValue.Fill(new DocumentDropObject(document.Data.Count + 12), document.Data);
        drop.SetValue("collection", document.Collection.Label, readOnly: false);
        drop.SetValue("excerpt", OwnExcerpt(document), readOnly: false);
        drop.SetValue("name", document.Data.GetValueOrDefault("name") is { } name ? TemplateValue.From(name) : document.FileName, readOnly: false);
        drop.SetValue("path", document.RelativePath, readOnly: false);
        drop.SetValue("relative_path", document.RelativePath, readOnly: false);
        drop.SetValue("id", document.Id, readOnly: false);
        drop.SetValue("output", null, readOnly: false);
        drop.SetValue("content", document.Body, readOnly: false);
        drop.SetValue("url", document.Url, readOnly: false);
        drop.SetValue("date", document.Date, readOnly: false);
        drop.SetValue("next", null, readOnly: false);
        drop.SetValue("previous", null, readOnly: false);
        return drop;
    }

    /// <summary>An <c>excerpt</c> written in front matter is shown as written (not rendered).</summary>
    private static object? OwnExcerpt(Document document) =>
        document.ExcerptSource is null && document.Data.GetValueOrDefault("excerpt") is { } excerpt and not false
            ? TemplateValue.From(excerpt)
            : "";
}
