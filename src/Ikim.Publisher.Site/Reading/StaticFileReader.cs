using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Reading;

/// <summary>Jekyll's StaticFile: files without front matter, in the site or inside a collection.</summary>
internal sealed class StaticFileReader(ISourceTree tree, FrontMatterDefaults defaults)
{
    /// <param name="path">The file, relative to the source.</param>
    public StaticFile Read(string path)
    {
        var relativePath = "/" + path;
        var extension = RubyPath.ExtName(path);
        var url = relativePath[..^extension.Length].TrimEnd('.') + extension;
        return Create(path, relativePath, url, null);
    }

    /// <param name="path">The file, relative to the source.</param>
    /// <param name="relativePath">The file relative to collections_dir, e.g. <c>_people/img/ada.png</c>.</param>
    public StaticFile Read(string path, string relativePath, Collection collection)
    {
        var extension = RubyPath.ExtName(relativePath);
        var cleaned = relativePath[..^extension.Length].TrimEnd('.');
        var folder = cleaned.IndexOf(collection.RelativeDirectory, StringComparison.Ordinal);
        if (folder >= 0)
        {
            cleaned = cleaned.Remove(folder, collection.RelativeDirectory.Length);
        }

        var url = JekyllUrl.FromHash(
            collection.UrlTemplate,
            [("collection", collection.Label), ("path", cleaned), ("output_ext", ""), ("name", RubyPath.BaseNameWithoutExtension(relativePath)), ("title", "")],
            path);
        url = (url.EndsWith('/') ? url[..^1] : url) + extension;
        return Create(path, relativePath, url, collection);
    }

    // Jekyll reads the defaults for `data` by relative path, but decides `published` by URL.
    private StaticFile Create(string path, string relativePath, string url, Collection? collection) => new()
    {
        SourcePath = path,
        RelativePath = relativePath,
        Url = url,
        OutputPath = JekyllUrl.UnescapePath(url).TrimStart('/'),
        ModifiedTime = tree.ModifiedTime(path),
        Collection = collection,
        Data = defaults.All(relativePath, collection?.Label),
        Write = (collection?.Output ?? true) && IsPublished(defaults.All(url, collection?.Label)),
    };

    private static bool IsPublished(IReadOnlyDictionary<string, object?> data) => data.GetValueOrDefault("published") is not false;
}
