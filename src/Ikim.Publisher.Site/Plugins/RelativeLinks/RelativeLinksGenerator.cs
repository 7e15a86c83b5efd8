using System.Text.RegularExpressions;
using System.Web;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Reading;

namespace Ikim.Publisher.Site.Plugins.RelativeLinks;

/// <summary>
/// jekyll-relative-links: in Markdown pages (and documents with <c>relative_links: {collections: true}</c>),
/// inline and reference links to another source file (<c>[Setup](docs/setup.md)</c>) are rewritten, before
/// rendering, to that file's URL with the base URL (<c>/docs/setup.html</c>). Fragments and titles stay;
/// absolute URLs, bare fragments and paths that match no file are left as written.
/// </summary>
internal sealed partial class RelativeLinksGenerator : ISiteGenerator
{
    public GeneratorPriority Priority => GeneratorPriority.Lowest;

    public void Generate(GeneratorSite site)
    {
        var options = new PluginOptions(site, "relative_links");
        if (options.Disabled)
        {
            return;
        }

        var excluded = Excluded(options);
        var targets = new Lazy<List<(string Path, string Url)>>(() => site.Pages.Select(p => (p.SourcePath, p.Url))
            .Concat(site.StaticFiles.Select(f => (f.RelativePath.TrimStart('/'), f.Url)))
            .Concat(site.DocumentsToWrite.Select(d => (d.RelativePath.TrimStart('/'), d.Url)))
            .ToList());

        for (var i = 0; i < site.Pages.Count; i++)
        {
            var page = site.Pages[i];
            if (site.IsMarkdown(page.Extension) && !excluded(page.SourcePath))
            {
                site.Pages[i] = page.With(body: Replace(site, page.Body, page.SourcePath, targets));
            }
        }

        if (!options.IsTrue("collections"))
        {
            return;
        }

        foreach (var document in site.DocumentsToWrite.Where(d => site.IsMarkdown(d.Extension) && !excluded(d.RelativePath)).ToList())
        {
            var body = Replace(site, document.Body, document.RelativePath, targets);
            var excerpt = document.ExcerptSource is null ? null : ExcerptExtractor.Extract(body, ExcerptSeparator(site, document));
            site.Replace(document, document.With(body: body, excerptSource: excerpt));
        }
    }

    private static string Replace(GeneratorSite site, string content, string relativePath, Lazy<List<(string Path, string Url)>> targets)
    {
        var folder = RubyPath.Directory(relativePath);
        return LinkPattern().Replace(content, match =>
        {
            var inline = match.Groups[2].Success;
            var text = match.Groups[inline ? 2 : 6].Value;
            var path = match.Groups[inline ? 3 : 7].Value;
            var fragment = match.Groups[inline ? 4 : 8];
            var title = match.Groups[inline ? 5 : 9].Value;
            if (path.StartsWith('#') || AbsoluteUrl().IsMatch(path) || FromRoot(path, folder) is not { } target)
            {
                return match.Value;
            }

            var unescaped = HttpUtility.UrlDecode(target);
            var found = targets.Value.FirstOrDefault(t => t.Path == unescaped);
            if (found.Url is null)
            {
                return match.Value;
            }

            var url = site.Urls.RelativeUrl(found.Url) + (fragment.Success ? fragment.Value : "");
            return inline ? $"[{text}]({url}{title})" : $"\n[{text}]: {url}{title}";
        });
    }

    // Generator#path_from_root: File.expand_path against the file's folder, relative to the source; null above it.
    private static string? FromRoot(string path, string folder)
    {
        var segments = new List<string>();
        var start = path.StartsWith('/') ? path.TrimStart('/') : (folder.Length == 0 ? "" : folder + "/") + path;
        foreach (var segment in start.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return string.Join('/', segments);
    }

    private static Func<string, bool> Excluded(PluginOptions options)
    {
        var patterns = options["exclude"] switch
        {
            string single => [single],
            IEnumerable<object?> list => list.OfType<string>().ToList(),
            _ => [],
        };
        return path => patterns.Any(p => FnMatch.Matches("/" + p.TrimStart('/'), "/" + path) || ("/" + path).StartsWith("/" + p.TrimStart('/'), StringComparison.Ordinal));
    }

    private static string ExcerptSeparator(GeneratorSite site, Document document) =>
        document.Data.GetValueOrDefault("excerpt_separator") is { } own ? Convert.ToString(own, System.Globalization.CultureInfo.InvariantCulture) ?? "" : site.Configuration.ExcerptSeparator;

    // LINK_REGEX: an inline link `[text](path#fragment "title")` or a reference definition `[text]: path#fragment "title"`.
    // The title alternative that opens with '"' and closes with '\'' is the plugin's own (it never matches a single-quoted title).
    [GeneratedRegex("""(\[(.*?)\]\(([^)]+?)(#.+?|)?([ \t\r\n\f\v]+"(?:\\"|[^"])*(?<!\\)"|[ \t\r\n\f\v]+"(?:\\'|[^'])*(?<!\\)')?\)|^[ \t\r\n\f\v]*?\[(.*?)\]: (.+?)(#.+?|)?([ \t\r\n\f\v]+"(?:\\"|[^"])*(?<!\\)"|[ \t\r\n\f\v]+"(?:\\'|[^'])*(?<!\\)')?[ \t\r\n\f\v]*?$)""", RegexOptions.Multiline)]
    private static partial Regex LinkPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.\\-]*:")]
    private static partial Regex AbsoluteUrl();
}
