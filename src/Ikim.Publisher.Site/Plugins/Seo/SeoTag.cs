using System.Text;
using System.Text.RegularExpressions;
using static Ikim.Publisher.Site.Plugins.LiquidValues;

namespace Ikim.Publisher.Site.Plugins.Seo;

/// <summary>
/// <c>{% seo %}</c> (jekyll-seo-tag 2.8.0): the title, meta description, canonical link, Open Graph and
/// Twitter tags, verification tags and JSON-LD, line for line as the plugin's minified template writes
/// them. <c>{% seo title=false %}</c> leaves out the <c>&lt;title&gt;</c>.
/// </summary>
internal static partial class SeoTag
{
    public const string Version = "2.8.0";

    /// <param name="markup">The tag's markup (what follows <c>seo</c>).</param>
    /// <param name="page">The page being rendered (its drop).</param>
    /// <param name="site">The site drop.</param>
    /// <param name="paginator">The <c>paginator</c> variable, or null.</param>
    /// <param name="jekyllVersion">What <c>jekyll.version</c> shows.</param>
    public static string Render(string markup, object? page, object? site, object? paginator, ISeoFilters filters, string jekyllVersion)
    {
        var seo = new SeoData(page, site, paginator, filters);
        var html = new StringBuilder();
        html.Append("<!-- Begin Jekyll SEO tag v").Append(Version).Append(" -->\n");
        if (seo.Title is not null && !NoTitle().IsMatch(markup))
        {
            Line(html, $"<title>{seo.Title}</title>");
        }

        Line(html, $"<meta name=\"generator\" content=\"Jekyll v{jekyllVersion}\" />");
        Optional(html, seo.PageTitle, v => $"<meta property=\"og:title\" content=\"{v}\" />");
        Optional(html, seo.Author.Name, v => $"<meta name=\"author\" content=\"{v}\" />");
        Line(html, $"<meta property=\"og:locale\" content=\"{seo.PageLocale}\" />");
        Optional(html, seo.Description, v => $"<meta name=\"description\" content=\"{v}\" />\n<meta property=\"og:description\" content=\"{v}\" />");
        Optional(html, Get(site, "url"), _ => $"<link rel=\"canonical\" href=\"{seo.CanonicalUrl}\" />\n<meta property=\"og:url\" content=\"{seo.CanonicalUrl}\" />");
        Optional(html, seo.SiteTitle, v => $"<meta property=\"og:site_name\" content=\"{v}\" />");
        Images(html, seo.Image);
        Article(html, seo, page, paginator);
        Twitter(html, seo, page, site);
        Facebook(html, site);
        Verifications(html, site);
        html.Append("<script type=\"application/ld+json\">\n").Append(SeoJsonLd.Write(seo)).Append("</script>\n<!-- End Jekyll SEO tag -->\n");
        return html.ToString();
    }

    private static void Images(StringBuilder html, SeoImage? image)
    {
        if (image is null)
        {
            return;
        }

        Line(html, $"<meta property=\"og:image\" content=\"{image.Path}\" />");
        Optional(html, image["height"], v => $"<meta property=\"og:image:height\" content=\"{v}\" />");
        Optional(html, image["width"], v => $"<meta property=\"og:image:width\" content=\"{v}\" />");
        Optional(html, image["alt"], v => $"<meta property=\"og:image:alt\" content=\"{v}\" />");
    }

    private static void Article(StringBuilder html, SeoData seo, object? page, object? paginator)
    {
        if (IsTruthy(Get(page, "date")))
        {
            Line(html, "<meta property=\"og:type\" content=\"article\" />");
            Line(html, $"<meta property=\"article:published_time\" content=\"{seo.Filters.DateToXmlSchema(Get(page, "date")!)}\" />");
        }
        else
        {
            Line(html, "<meta property=\"og:type\" content=\"website\" />");
        }

        Optional(html, Get(paginator, "previous_page"), _ => $"<link rel=\"prev\" href=\"{seo.Filters.AbsoluteUrl(ToS(Get(paginator, "previous_page_path")))}\" />");
        Optional(html, Get(paginator, "next_page"), _ => $"<link rel=\"next\" href=\"{seo.Filters.AbsoluteUrl(ToS(Get(paginator, "next_page_path")))}\" />");
    }

    private static void Twitter(StringBuilder html, SeoData seo, object? page, object? site)
    {
        if (seo.Image is { } image)
        {
            var card = Default(Get(page, "twitter", "card"), Default(Get(site, "twitter", "card"), "summary_large_image"));
            Line(html, $"<meta name=\"twitter:card\" content=\"{ToS(card)}\" />\n<meta property=\"twitter:image\" content=\"{image.Path}\" />");
        }
        else
        {
            Line(html, "<meta name=\"twitter:card\" content=\"summary\" />");
        }

        Optional(html, seo.Image?["alt"], v => $"<meta name=\"twitter:image:alt\" content=\"{v}\" />");
        Optional(html, seo.PageTitle, v => $"<meta property=\"twitter:title\" content=\"{v}\" />");
        if (IsTruthy(Get(site, "twitter")))
        {
            Line(html, $"<meta name=\"twitter:site\" content=\"@{ToS(Get(site, "twitter", "username")).Replace("@", "")}\" />");
            Optional(html, seo.Author.Twitter, v => $"<meta name=\"twitter:creator\" content=\"@{v.Replace("@", "")}\" />");
        }
    }

    private static void Facebook(StringBuilder html, object? site)
    {
        var facebook = Get(site, "facebook");
        if (IsTruthy(facebook))
        {
            Optional(html, Get(facebook, "admins"), v => $"<meta property=\"fb:admins\" content=\"{v}\" />");
            Optional(html, Get(facebook, "publisher"), v => $"<meta property=\"article:publisher\" content=\"{v}\" />");
            Optional(html, Get(facebook, "app_id"), v => $"<meta property=\"fb:app_id\" content=\"{v}\" />");
        }
    }

    private static void Verifications(StringBuilder html, object? site)
    {
        var verifications = Get(site, "webmaster_verifications");
        if (IsTruthy(verifications))
        {
            Optional(html, Get(verifications, "google"), v => $"<meta name=\"google-site-verification\" content=\"{v}\" />");
            Optional(html, Get(verifications, "bing"), v => $"<meta name=\"msvalidate.01\" content=\"{v}\" />");
            Optional(html, Get(verifications, "alexa"), v => $"<meta name=\"alexaVerifyID\" content=\"{v}\" />");
            Optional(html, Get(verifications, "yandex"), v => $"<meta name=\"yandex-verification\" content=\"{v}\" />");
            Optional(html, Get(verifications, "baidu"), v => $"<meta name=\"baidu-site-verification\" content=\"{v}\" />");
            Optional(html, Get(verifications, "facebook"), v => $"<meta name=\"facebook-domain-verification\" content=\"{v}\" />");
        }
        else
        {
            Optional(html, Get(site, "google_site_verification"), v => $"<meta name=\"google-site-verification\" content=\"{v}\" />");
        }
    }

    // {% if value %}line{% endif %}: only nil and false are false in Liquid.
    private static void Optional(StringBuilder html, object? value, Func<string, string> line)
    {
        if (IsTruthy(value))
        {
            Line(html, line(ToS(value)));
        }
    }

    private static void Line(StringBuilder html, string line) => html.Append(line).Append('\n');

    // Liquid's default filter: nil, false and empty strings or lists give way to the fallback.
    private static object? Default(object? value, object? fallback) =>
        !IsTruthy(value) || value is string { Length: 0 } || value is System.Collections.ICollection { Count: 0 } ? fallback : value;

    [GeneratedRegex("title=false", RegexOptions.IgnoreCase)]
    private static partial Regex NoTitle();
}
