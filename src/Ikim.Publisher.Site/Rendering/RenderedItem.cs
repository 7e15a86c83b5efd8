using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Rendering;

/// <summary>A page's or document's final output, ready to be written.</summary>
/// <param name="Output">The bytes to write as text; null when the item is unchanged since the previous output, whose file is linked.</param>
public sealed record RenderedItem(Convertible Item, string? Output);
