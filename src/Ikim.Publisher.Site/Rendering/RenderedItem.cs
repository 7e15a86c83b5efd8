using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Rendering;

/// <summary>A page's or document's final output, ready to be written.</summary>
public sealed record RenderedItem(Convertible Item, string Output);
