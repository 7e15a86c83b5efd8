using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// Reads <c>_layouts</c> (sub-folders too): each file with an extension is a layout named by its path
/// without the last extension (<c>_layouts/blog/post.html</c> → <c>blog/post</c>).
/// </summary>
internal sealed class LayoutReader(ISourceTree tree, string layoutsDir, EntryFilter filter)
{
    public IReadOnlyDictionary<string, Layout> Read()
    {
        var prefix = layoutsDir.Trim('/') + "/";
        var layouts = new Dictionary<string, Layout>(StringComparer.Ordinal);
        foreach (var path in tree.Files.Where(f => f.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var relative = path[prefix.Length..];
            var dot = relative.LastIndexOf('.');
            if (dot <= relative.LastIndexOf('/') + 1 || relative.Split('/').Any(s => s.StartsWith('.')) || !filter.Accepts(relative, ""))
            {
                continue;
            }

            var name = relative[..dot];
            var text = SourceText.Read(tree, path);
            var frontMatter = FrontMatter.TryParse(text, path) ?? new FrontMatter(new Dictionary<string, object?>(), text, 1);
            layouts[name] = new Layout(name, path, frontMatter);
        }

        return layouts;
    }
}
