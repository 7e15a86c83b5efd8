using System.Collections.Concurrent;
using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Rendering;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Sass;

/// <summary>
/// jekyll-sass-converter 2.2: a <c>.scss</c> or <c>.sass</c> page (a file with front matter) becomes
/// <c>.css</c> (after Liquid; <see cref="Convertible.PlaceInLayout"/> keeps it out of layouts) and, when
/// source maps are on, a <c>.css.map</c> beside it. One converter serves one build; pages convert in parallel.
/// </summary>
internal sealed class SassConverter
{
    public const string OutputExtension = ".css";

    private readonly ISourceTree _tree;
    private readonly BuildDiagnostics _diagnostics;
    private readonly Func<string?> _missingLibrary;
    private readonly Lazy<(SassSettings Settings, SassImportResolver Resolver)> _setup;
    private readonly ConcurrentDictionary<string, RenderedItem> _sourceMaps = new(StringComparer.Ordinal);

    /// <param name="environment">Jekyll's environment, which <c>sourcemap: development</c> depends on.</param>
    /// <param name="missingLibrary">Why libsass cannot be used, or null; <see cref="LibSassAvailability.Missing"/> unless a test says otherwise.</param>
    public SassConverter(ISourceTree tree, SiteConfiguration configuration, string environment, BuildDiagnostics diagnostics, Func<string?>? missingLibrary = null)
    {
        _tree = tree;
        _diagnostics = diagnostics;
        _missingLibrary = missingLibrary ?? (() => LibSassAvailability.Missing);
        _setup = new(() =>
        {
            var settings = SassSettings.Read(configuration, tree, environment, warning => diagnostics.Warn("_config.yml", warning));
            return (settings, new SassImportResolver(tree, settings.LoadPaths));
        });
    }

    /// <summary>Jekyll's Scss and Sass converters match these extensions in any case.</summary>
    public static bool Matches(string extension) =>
        extension.Equals(".scss", StringComparison.OrdinalIgnoreCase) || extension.Equals(".sass", StringComparison.OrdinalIgnoreCase);

    /// <summary>The source maps made so far, in source order: pages to be written after the other pages.</summary>
    public IReadOnlyList<RenderedItem> SourceMaps => _sourceMaps.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => m.Value).ToList();

    /// <param name="item">A page, or a collection document (which Jekyll compiles as "stdin", without a source map).</param>
    /// <param name="content">The body after Liquid.</param>
    public string Convert(Convertible item, string content)
    {
        if (_missingLibrary() is { } missing)
        {
            throw new SiteBuildException(new SourcePosition(item.SourcePath, 0, 0), missing);
        }

        // The sassc gem hands an empty template back untouched, without a source map.
        if (content.Length == 0)
        {
            return "";
        }

        var (settings, resolver) = _setup.Value;
        var page = item as Page;
        var request = new SassCompileRequest(
            content,
            page is null ? "stdin" : "./" + page.Name,
            page is null ? "" : "./" + page.BaseName + ".css.map",
            item.Extension.Equals(".sass", StringComparison.OrdinalIgnoreCase),
            settings.Style,
            page is not null && settings.SourceMap);
        SassCompileResult result;
        try
        {
            result = LibSassCompiler.Compile(request, _tree, resolver);
        }
        catch (SassCompileException ex)
        {
            throw new SiteBuildException(Position(item, ex), ex.ImportedFile is null ? ex.Message : $"{ex.Message} (imported by {item.SourcePath})", ex);
        }

        foreach (var css in result.Imports.Where(i => i.EndsWith(".css", StringComparison.Ordinal)))
        {
            _diagnostics.Warn(item.SourcePath, $"{item.SourcePath} imports the plain CSS file {css}: libsass inlines it but deprecates this (import it as a .scss partial or with url(...))");
        }

        if (page is not null && result.SourceMap is { } map)
        {
            _sourceMaps[page.SourcePath] = SourceMapPage(page, map);
        }

        return ReplaceByteOrderMark(result.Css, settings.AddCharset);
    }

    /// <summary>
    /// Jekyll's <c>sassify</c>/<c>scssify</c> filters: text compiled with the site's settings but no page,
    /// which jekyll-sass-converter names "stdin" and writes no source map for.
    /// </summary>
    public string ConvertText(string content, bool indented)
    {
        if (_missingLibrary() is { } missing)
        {
            throw new InvalidOperationException(missing);
        }

        if (content.Length == 0)
        {
            return "";
        }

        var (settings, resolver) = _setup.Value;
        var result = LibSassCompiler.Compile(new SassCompileRequest(content, "stdin", "", indented, settings.Style, false), _tree, resolver);
        return ReplaceByteOrderMark(result.Css, settings.AddCharset);
    }

    // libsass reports lines of the text it was given; for the page that is the body after front matter.
    private static SourcePosition Position(Convertible item, SassCompileException error) => error.ImportedFile is { } imported
        ? new SourcePosition(imported, error.Line, error.Column)
        : new SourcePosition(item.SourcePath, error.Line <= 0 ? 0 : error.Line + item.BodyLine - 1, error.Column);

    // Compressed output with non-ASCII text starts with a byte order mark; Jekyll swaps it for
    // '@charset "UTF-8";' when add_charset is set and drops it otherwise.
    private static string ReplaceByteOrderMark(string css, bool addCharset)
    {
        var index = css.IndexOf('\uFEFF');
        return index >= 0 && (index == 0 || css[index - 1] == '\n')
            ? css.Remove(index, 1).Insert(index, addCharset ? "@charset \"UTF-8\";" : "")
            : css;
    }

    /// <summary>
    /// Jekyll's SourceMapPage: BASENAME.css.map beside the CSS, which is where the CSS's
    /// <c>sourceMappingURL</c> points.
    /// </summary>
    private static RenderedItem SourceMapPage(Page page, string map)
    {
        var name = page.BaseName + ".css.map";
        var folder = SassPaths.Folder(page.OutputPath);
        return new RenderedItem(
            new Page
            {
                SourcePath = page.SourcePath,
                Dir = page.Dir,
                Body = "",
                BodyLine = page.BodyLine,
                FrontMatter = page.FrontMatter,
                Defaults = page.Defaults,
                Data = page.Data,
                Url = page.UrlDir + name,
                OutputPath = folder.Length == 0 ? name : folder + "/" + name,
                OutputExtension = ".map",
                IsMarkdown = false,
            },
            map);
    }
}
