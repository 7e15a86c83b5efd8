using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// Reads <c>_layouts</c> (sub-folders too): each file with an extension is a layout named by its path
/// without the last extension (<c>_layouts/blog/post.html</c> → <c>blog/post</c>). A theme's layouts
/// fill in the names the site does not define.
/// </summary>
internal sealed class LayoutReader(ISourceTree tree, string layoutsDir, EntryFilter filter, Themes.Theme? theme = null)
{
    public IReadOnlyDictionary<string, Layout> Read()
    {
        var layouts = new Dictionary<string, Layout>(StringComparer.Ordinal);
        ReadInto(layouts, tree, layoutsDir.Trim('/') + "/", "");
        if (theme is not null)
        {
            ReadInto(layouts, theme.Files, "_layouts/", ThemeLayoutPrefix(theme));
        }

        return layouts;
    }

    /// <summary>How errors name a theme's layout: <c>themes/minima/_layouts/default.html</c>.</summary>
    public static string ThemeLayoutPrefix(Themes.Theme theme) => "themes/" + theme.Name + "/";

    private void ReadInto(Dictionary<string, Layout> layouts, ISourceTree files, string prefix, string displayPrefix)
    {
        foreach (var path in files.Files.Where(f => f.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var relative = path[prefix.Length..];
            var dot = relative.LastIndexOf('.');
            if (dot <= relative.LastIndexOf('/') + 1 || relative.Split('/').Any(s => s.StartsWith('.')) || !filter.Accepts(relative, ""))
            {
                continue;
            }

            var name = relative[..dot];
            // Within the site a later file wins a name; a theme layout only fills a name the site lacks.
            if (displayPrefix.Length > 0 && layouts.ContainsKey(name))
            {
                continue;
            }

            var text = SourceText.Read(files, path);
            var display = displayPrefix + path;
            var frontMatter = FrontMatter.TryParse(text, display) ?? new FrontMatter(new Dictionary<string, object?>(), text, 1);
            layouts[name] = new Layout(name, display, frontMatter);
        }
    }
}
