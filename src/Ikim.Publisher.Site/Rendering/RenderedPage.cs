using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Rendering;

/// <summary>A page's final output, ready to be written.</summary>
public sealed record RenderedPage(Page Page, string Output);
