using System.Globalization;
using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Sass;

/// <summary>
/// The site's <c>sass:</c> settings read as jekyll-sass-converter 2.2 reads them in safe mode (GitHub Pages):
/// <c>style</c>, <c>sass_dir</c>, <c>load_paths</c>, <c>sourcemap</c>, <c>add_charset</c>, <c>implementation</c>.
/// Safe mode passes libsass nothing else, so <c>precision</c> and <c>line_comments</c> in the configuration
/// have no effect there either: precision stays libsass's 10 digits, line comments stay off.
/// </summary>
internal sealed record SassSettings(SassOutputStyle Style, IReadOnlyList<string> LoadPaths, bool SourceMap, bool AddCharset)
{
    private static readonly string[] Styles = ["nested", "expanded", "compact", "compressed"];

    /// <param name="environment">Jekyll's environment (<c>jekyll.environment</c>).</param>
    /// <param name="warn">Receives a warning for settings that cannot be honoured.</param>
    public static SassSettings Read(SiteConfiguration configuration, ISourceTree tree, string environment, Action<string> warn)
    {
        var sass = configuration.Values.TryGetValue("sass", out var value) && value is IReadOnlyDictionary<string, object?> map
            ? map
            : new Dictionary<string, object?>();

        var implementation = Text(sass, "implementation");
        if (implementation is not (null or "sassc"))
        {
            warn($"sass.implementation '{implementation}' is not available; Sass is compiled with libsass (sassc) as Jekyll 4.3 does by default");
        }

        // jekyll-sass-converter keeps sassc's old default, compact; only sass-embedded defaults to expanded.
        var defaultStyle = implementation == "sass-embedded" ? SassOutputStyle.Expanded : SassOutputStyle.Compact;
        var styleName = Text(sass, "style") is { } style && style.StartsWith(':') ? style[1..] : Text(sass, "style");
        var outputStyle = Array.IndexOf(Styles, styleName) is var index and >= 0 ? (SassOutputStyle)index : defaultStyle;

        var sassDir = Text(sass, "sass_dir") is { Length: > 0 } dir ? dir : "_sass";
        var loadPaths = SassLoadPaths.Resolve(Strings(sass, "load_paths").Append(sassDir), tree);
        if (tree is Themes.ThemedSourceTree { Theme: var theme } && theme.FilesIn("_sass").Any() && !loadPaths.Contains("_sass"))
        {
            // The theme's _sass comes last (jekyll-sass-converter appends theme.sass_path); the themed tree reads it as _sass/.
            loadPaths = [.. loadPaths, "_sass"];
        }

        return new SassSettings(outputStyle, loadPaths, SourceMapWanted(Text(sass, "sourcemap"), environment), IsTruthy(sass, "add_charset"));
    }

    /// <summary>
    /// <c>never</c>: no map; <c>always</c> or an unknown value: a map; <c>development</c>: a map only when
    /// building for development. Left unset, Jekyll 4.3 means <c>always</c>; we mean <c>development</c>, so a
    /// production build (<c>JEKYLL_ENV=production</c>) has no maps, as on GitHub Pages.
    /// </summary>
    private static bool SourceMapWanted(string? option, string environment) => option switch
    {
        "never" => false,
        null or "development" => environment == "development",
        _ => true,
    };

    private static string? Text(IReadOnlyDictionary<string, object?> sass, string key) =>
        sass.TryGetValue(key, out var value) && value is not null ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    private static IEnumerable<string> Strings(IReadOnlyDictionary<string, object?> sass, string key) =>
        sass.TryGetValue(key, out var value) switch
        {
            true when value is string single => [single],
            true when value is IEnumerable<object?> list => list.Where(v => v is not null).Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!),
            _ => [],
        };

    private static bool IsTruthy(IReadOnlyDictionary<string, object?> sass, string key) =>
        sass.TryGetValue(key, out var value) && value is not (null or false);
}
