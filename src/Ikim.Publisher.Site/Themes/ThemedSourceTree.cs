using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Themes;

/// <summary>
/// The site's source with the theme behind it. <see cref="Files"/> lists only the site's own files, so
/// the readers never walk the theme as if it were site content; but a path the site lacks inside one
/// of the theme's folders (<c>_includes/head.html</c>, <c>_sass/minima.scss</c>, <c>assets/main.scss</c>)
/// is read from the theme. That is Jekyll's lookup order: the site's file wins, the theme's fills in.
/// The site's <c>includes_dir</c> maps onto the theme's <c>_includes</c>.
/// </summary>
public sealed class ThemedSourceTree : ISourceTree
{
    private readonly ISourceTree _site;
    private readonly string _includesPrefix;

    public ThemedSourceTree(ISourceTree site, Theme theme, string includesDir)
    {
        _site = site;
        Theme = theme;
        _includesPrefix = includesDir.Trim('/') + "/";
    }

    /// <summary>The site's tree, without the theme.</summary>
    public ISourceTree Site => _site;

    public Theme Theme { get; }

    public IReadOnlyList<string> Files => _site.Files;

    public bool Contains(string path) => _site.Contains(path) || ThemePath(path) is not null;

    /// <summary>The site's files carry their ids; theme files (on disk) have none and are read.</summary>
    public string? ContentId(string path) => _site.Contains(path) ? _site.ContentId(path) : null;

    public byte[] Read(string path) => _site.Contains(path) ? _site.Read(path) : Theme.Files.Read(ThemePath(path) ?? path);

    public DateTimeOffset ModifiedTime(string path) =>
        _site.Contains(path) ? _site.ModifiedTime(path) : Theme.Files.ModifiedTime(ThemePath(path) ?? path);

    /// <summary>The theme file a site path falls back to, or null.</summary>
    private string? ThemePath(string path)
    {
        var candidate = path.StartsWith(_includesPrefix, StringComparison.Ordinal) ? "_includes/" + path[_includesPrefix.Length..] : path;
        var slash = candidate.IndexOf('/');
        return slash > 0 && Theme.Folders.Contains(candidate[..slash]) && Theme.Files.Contains(candidate) ? candidate : null;
    }
}
