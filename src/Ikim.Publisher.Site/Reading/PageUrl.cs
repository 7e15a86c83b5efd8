using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Diagnostics;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// Computes a page's URL and output file as Jekyll's Page#url and #destination do:
/// <c>about.md</c> → <c>/about.html</c>; <c>docs/index.md</c> → <c>/docs/</c>;
/// a <c>permalink</c> in front matter wins; the site's <c>pretty</c> style gives <c>/about/</c>.
/// </summary>
internal static class PageUrl
{
    public static (string Url, string OutputPath) Resolve(string sourcePath, string outputExtension, IReadOnlyDictionary<string, object?> data, SiteConfiguration configuration)
    {
        var slash = sourcePath.LastIndexOf('/');
        var dir = slash < 0 ? "/" : "/" + sourcePath[..slash] + "/";
        var fileName = sourcePath[(slash + 1)..];
        var basename = Path.GetFileNameWithoutExtension(fileName);

        string url;
        if (data.TryGetValue("permalink", out var permalink) && permalink is string custom && custom.Length > 0)
        {
            url = Expand(custom, dir, basename, outputExtension);
        }
        else
        {
            var pretty = configuration.GetString("permalink") is { } style && (style == "pretty" || style.EndsWith('/'));
            var isIndex = basename == "index" && outputExtension == ".html";
            url = isIndex ? dir
                : pretty && outputExtension == ".html" ? $"{dir}{basename}/"
                : $"{dir}{basename}{outputExtension}";
        }

        url = Sanitize(url);
        return (url, OutputPathFor(url, outputExtension, sourcePath));
    }

    private static string Expand(string template, string dir, string basename, string outputExtension) =>
        template.Replace(":path", dir.TrimEnd('/'))
            .Replace(":basename", basename)
            .Replace(":output_ext", outputExtension);

    // Jekyll's URL#sanitize_url: collapse repeated slashes, always start with '/'.
    private static string Sanitize(string url)
    {
        while (url.Contains("//", StringComparison.Ordinal))
        {
            url = url.Replace("//", "/");
        }

        return url.StartsWith('/') ? url : "/" + url;
    }

    private static string OutputPathFor(string url, string outputExtension, string sourcePath)
    {
        var path = Uri.UnescapeDataString(url);
        if (path.EndsWith('/'))
        {
            path += "index";
        }

        if (!path.EndsWith(outputExtension, StringComparison.Ordinal))
        {
            path += outputExtension;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".."))
        {
            throw new SiteBuildException(new SourcePosition(sourcePath, 0, 0), $"permalink '{url}' would write outside the site");
        }

        return string.Join('/', segments);
    }
}
