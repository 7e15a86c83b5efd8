namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// Renderer#output_ext: an extension in the permalink wins (<c>permalink: /feed.json</c>); otherwise the
/// converter decides: Markdown gives <c>.html</c>, Sass <c>.css</c>, everything else keeps its own extension.
/// </summary>
internal static class OutputExtension
{
    public static string For(string extension, bool isMarkdown, object? permalink)
    {
        if (permalink is string link && !link.EndsWith('/'))
        {
            var fromPermalink = Content.RubyPath.ExtName(link);
            if (fromPermalink.Length > 0)
            {
                return fromPermalink;
            }
        }

        return isMarkdown ? ".html" : Sass.SassConverter.Matches(extension) ? Sass.SassConverter.OutputExtension : extension;
    }
}
