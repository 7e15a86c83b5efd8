namespace Ikim.Publisher.Site.Liquid;

/// <summary>
/// What templates need from the rest of the build: the converters (for <c>markdownify</c>,
/// <c>sassify</c>, <c>scssify</c>) and an index of the site's files (for <c>{% link %}</c> and
/// <c>{% post_url %}</c>). All are optional: without an index the tags look through
/// <c>site.pages</c>, <c>site.static_files</c>, <c>site.documents</c> and <c>site.posts</c>;
/// without a Sass converter <c>sassify</c>/<c>scssify</c> are errors.
/// </summary>
public sealed record LiquidServices
{
    /// <summary>Converts Markdown to HTML as the site's Markdown converter does.</summary>
    public Func<string, string>? Markdownify { get; init; }

    /// <summary>Compiles Sass (indented syntax) to CSS with the site's Sass settings, as Jekyll's Sass converter does.</summary>
    public Func<string, string>? Sassify { get; init; }

    /// <summary>Compiles SCSS to CSS with the site's Sass settings.</summary>
    public Func<string, string>? Scssify { get; init; }

    public ILiquidSiteIndex? SiteIndex { get; init; }
}

/// <summary>The site's files as <c>{% link %}</c> and <c>{% post_url %}</c> find them.</summary>
public interface ILiquidSiteIndex
{
    /// <summary>The URL of the page, document or static file at this source-relative path (Jekyll's <c>relative_path</c>), or null.</summary>
    string? UrlOf(string relativePath);

    /// <summary>Every post's source-relative path (e.g. <c>_posts/2024-01-15-hello.md</c>) and URL.</summary>
    IReadOnlyList<(string RelativePath, string Url)> Posts { get; }
}
