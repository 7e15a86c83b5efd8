using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Plugins.RedirectFrom;

/// <summary>
/// jekyll-redirect-from's generator. Every <c>redirect_from</c> path of a written document or page becomes
/// a page that sends readers on (the <c>redirect</c> layout: meta refresh, script and canonical link);
/// a document or page with <c>redirect_to</c> becomes such a page itself. All redirects are listed in
/// <c>/redirects.json</c> unless <c>redirect_from: {json: false}</c>.
/// </summary>
internal sealed partial class RedirectGenerator : ISiteGenerator
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public GeneratorPriority Priority => GeneratorPriority.Normal;

    public void Generate(GeneratorSite site)
    {
        if (!site.Layouts.ContainsKey("redirect"))
        {
            site.Layouts["redirect"] = new Layout("redirect", "_layouts/redirect.html", new FrontMatter([], "", 1)) { Writer = RedirectPage.Write };
        }

        var redirects = new Dictionary<string, string>(StringComparer.Ordinal);
        var pages = site.Pages.ToList();
        foreach (var document in site.DocumentsToWrite.ToList())
        {
            AddRedirectsFrom(site, document.Data, document.Url, redirects);
            if (RedirectTo(document.Data) is { } target)
            {
                var data = Merge(document.Data, RedirectData(site, document.Url, target, redirects));
                site.Replace(document, document.With(body: "", data: data));
            }
        }

        foreach (var page in pages)
        {
            AddRedirectsFrom(site, page.Data, page.Url, redirects);
            if (RedirectTo(page.Data) is { } target)
            {
                var frontMatter = Merge(page.FrontMatter, RedirectData(site, page.Url, target, redirects));
                site.Pages[site.Pages.IndexOf(page)] = page.With(body: "", frontMatter: frontMatter);
            }
        }

        var config = site.Configuration.Values.GetValueOrDefault("redirect_from") as IReadOnlyDictionary<string, object?>;
        if (config?.GetValueOrDefault("json") is not false && !site.SourceHas("redirects.json"))
        {
            site.Pages.Add(site.CreatePage("redirects.json", new Dictionary<string, object?>(StringComparer.Ordinal) { ["layout"] = null }, JsonSerializer.Serialize(redirects, JsonOptions)));
        }
    }

    private static void AddRedirectsFrom(GeneratorSite site, IReadOnlyDictionary<string, object?> data, string url, Dictionary<string, string> redirects)
    {
        var from = data.GetValueOrDefault("redirect_from") switch
        {
            null => [],
            IEnumerable<object?> list when data["redirect_from"] is not string => list.Where(v => v is not null).ToList(),
            var single => [single],
        };

        foreach (var path in from)
        {
            var frontMatter = RedirectData(site, Convert.ToString(path, CultureInfo.InvariantCulture)!, url, redirects);
            site.Pages.Add(site.CreatePage("redirect.html", frontMatter, ""));
        }
    }

    // Redirectable#redirect_to: a string, or the first non-nil entry of a list.
    private static string? RedirectTo(IReadOnlyDictionary<string, object?> data) => data.GetValueOrDefault("redirect_to") switch
    {
        null => null,
        string text => text,
        IEnumerable<object?> list => list.FirstOrDefault(v => v is not null) is { } first ? Convert.ToString(first, CultureInfo.InvariantCulture) : null,
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    // RedirectPage: the page's front matter, and the redirect recorded for redirects.json.
    private static Dictionary<string, object?> RedirectData(GeneratorSite site, string from, string to, Dictionary<string, string> redirects)
    {
        from = from.StartsWith('/') ? from : "/" + from;
        var target = HttpUrl().IsMatch(to) ? to : site.Urls.AbsoluteUrl(to);
        redirects[from] = target;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["sitemap"] = false,
            ["layout"] = "redirect",
            ["permalink"] = from,
            ["redirect"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["from"] = from, ["to"] = target },
        };
    }

    private static Dictionary<string, object?> Merge(IReadOnlyDictionary<string, object?> data, Dictionary<string, object?> redirect)
    {
        var merged = new Dictionary<string, object?>(data, StringComparer.Ordinal);
        foreach (var (key, value) in redirect)
        {
            merged[key] = value;
        }

        return merged;
    }

    [GeneratedRegex("^https?://")]
    private static partial Regex HttpUrl();
}
