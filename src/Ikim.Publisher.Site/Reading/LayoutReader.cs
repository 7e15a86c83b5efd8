using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Reading;

/// <summary>Reads <c>_layouts</c>: each file is a layout named by its path without extension.</summary>
internal sealed class LayoutReader(ISourceTree tree, string layoutsDir)
{
    public IReadOnlyDictionary<string, Layout> Read()
    {
        var prefix = layoutsDir.Trim('/') + "/";
        var layouts = new Dictionary<string, Layout>(StringComparer.Ordinal);
        foreach (var path in tree.Files.Where(f => f.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var relative = path[prefix.Length..];
            var name = Path.ChangeExtension(relative, null)!;
            var text = SourceText.Read(tree, path);
            var frontMatter = FrontMatter.TryParse(text, path) ?? new FrontMatter(new Dictionary<string, object?>(), text, 1);
            layouts.TryAdd(name, new Layout(name, path, frontMatter));
        }

        return layouts;
    }
}
