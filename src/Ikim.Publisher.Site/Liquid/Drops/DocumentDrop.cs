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
        // Worked out once per document and kept with it: a later build's copy of an unchanged document
        // makes its drop by setting the same values again, without converting its data.
        var values = document.DropValues.Value ??= Values(document);
        var drop = new DocumentDropObject(values.Length);
        foreach (var (key, value) in values)
        {
            drop.SetValue(key, value, readOnly: false);
        }

        return drop;
    }

    /// <summary>The drop's keys in the order they are set: the data, converted, then the twelve keys Jekyll's drop adds (a data key of the same name keeps its place).</summary>
    private static KeyValuePair<string, object?>[] Values(Document document) =>
    [
        .. document.Data.Select(pair => new KeyValuePair<string, object?>(pair.Key, TemplateValue.From(pair.Value))),
        new("collection", document.Collection.Label),
        new("excerpt", OwnExcerpt(document)),
        new("name", document.Data.GetValueOrDefault("name") is { } name ? TemplateValue.From(name) : document.FileName),
        new("path", document.RelativePath),
        new("relative_path", document.RelativePath),
        new("id", document.Id),
        new("output", null),
        new("content", document.Body),
        new("url", document.Url),
        new("date", document.Date),
        new("next", null),
        new("previous", null),
    ];

    /// <summary>An <c>excerpt</c> written in front matter is shown as written (not rendered).</summary>
    private static object? OwnExcerpt(Document document) =>
        document.ExcerptSource is null && document.Data.GetValueOrDefault("excerpt") is { } excerpt and not false
            ? TemplateValue.From(excerpt)
            : "";
}
