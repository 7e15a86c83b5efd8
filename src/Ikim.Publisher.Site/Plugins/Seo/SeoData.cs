using System.Globalization;
using System.Text.RegularExpressions;
using static Ikim.Publisher.Site.Plugins.LiquidValues;

namespace Ikim.Publisher.Site.Plugins.Seo;

/// <summary>
/// jekyll-seo-tag 2.8.0's drop (<c>seo_tag</c>): titles, description, author, image, canonical URL and the
/// values the JSON-LD is made of, derived from the page and the site as the plugin derives them. Text is
/// formatted as the plugin formats it: <c>markdownify | strip_html | normalize_whitespace | escape_once</c>.
/// </summary>
internal sealed partial class SeoData
{
    private const string TitleSeparator = " | ";
    private readonly object? _page;
    private readonly object? _site;
    private readonly object? _paginator;
    private readonly ISeoFilters _filters;

    public SeoData(object? page, object? site, object? paginator, ISeoFilters filters)
    {
        _page = page;
        _site = site;
        _paginator = paginator;
        _filters = filters;
        SiteTitle = Format(Or(Get(site, "title"), Get(site, "name")));
        var tagline = Format(Get(site, "tagline"));
        SiteDescription = Format(Get(site, "description"));
        PageTitle = Format(Get(page, "title")) ?? SiteTitle;
        Title = PageNumber() + BaseTitle(tagline ?? SiteDescription);
        Description = Format(Or(Get(page, "description"), Get(page, "excerpt"))) ?? SiteDescription;
        Author = new SeoAuthor(page, site);
        Image = SeoImage.From(Get(page, "image"), filters);
        PageLocale = ToS(Or(Get(page, "locale"), Get(site, "locale")) ?? PageLang).Replace('-', '_');
        CanonicalUrl = IsBlankString(Get(page, "canonical_url"))
            ? IndexHtml().Replace(filters.AbsoluteUrl(ToS(Get(page, "url"))), "/")
            : ToS(Get(page, "canonical_url"));
    }

    public string? SiteTitle { get; }

    public string? SiteDescription { get; }

    /// <summary>The page's title without the site's.</summary>
    public string? PageTitle { get; }

    /// <summary>The <c>&lt;title&gt;</c>: page title and site title, or site title and tagline, prefixed on paginated pages.</summary>
    public string? Title { get; }

    public string? Description { get; }

    public SeoAuthor Author { get; }

    public SeoImage? Image { get; }

    public string PageLocale { get; }

    public string CanonicalUrl { get; }

    public object? Page => _page;

    public object? Site => _site;

    public object? Paginator => _paginator;

    public ISeoFilters Filters => _filters;

    private object PageLang => Or(Get(_page, "lang"), Get(_site, "lang")) ?? "en_US";

    private object? PageSeo => IsMapping(Get(_page, "seo")) ? Get(_page, "seo") : null;

    private object? SiteSocial => IsMapping(Get(_site, "social")) ? Get(_site, "social") : null;

    private bool HomepageOrAbout => HomepageOrAboutUrl().IsMatch(ToS(Get(_page, "url")));

    /// <summary><c>name</c>: the page's <c>seo.name</c>; on the home or about page the site's social name or title.</summary>
    public string? Name =>
        Get(PageSeo, "name") is { } seoName && IsTruthy(seoName) ? Format(seoName)
        : !HomepageOrAbout ? null
        : IsTruthy(Get(SiteSocial, "name")) ? Format(Get(SiteSocial, "name"))
        : SiteTitle;

    public string? DateModified =>
        Or(Get(PageSeo, "date_modified"), Get(_page, "last_modified_at"), Get(_page, "date")) is { } date ? _filters.DateToXmlSchema(date) : null;

    public string? DatePublished => IsTruthy(Get(_page, "date")) ? _filters.DateToXmlSchema(Get(_page, "date")!) : null;

    public string Type =>
        IsTruthy(Get(PageSeo, "type")) ? ToS(Get(PageSeo, "type"))
        : HomepageOrAbout ? "WebSite"
        : IsTruthy(Get(_page, "date")) ? "BlogPosting"
        : "WebPage";

    public object? Links =>
        IsTruthy(Get(PageSeo, "links")) ? Get(PageSeo, "links")
        : HomepageOrAbout && IsTruthy(Get(SiteSocial, "links")) ? Get(SiteSocial, "links")
        : null;

    public string? Logo
    {
        get
        {
            if (!IsTruthy(Get(_site, "logo")))
            {
                return null;
            }

            var logo = ToS(Get(_site, "logo"));
            return _filters.UriEscape(SeoImage.IsAbsoluteUrl(logo) == true ? logo : _filters.AbsoluteUrl(logo));
        }
    }

    // Drop#title: the page's title with the site's, or the site's with its tagline or description.
    private string? BaseTitle(string? taglineOrDescription)
    {
        if (SiteTitle is not null && PageTitle != SiteTitle)
        {
            return PageTitle + TitleSeparator + SiteTitle;
        }

        if (SiteDescription is not null && SiteTitle is not null)
        {
            return SiteTitle + TitleSeparator + taglineOrDescription;
        }

        return PageTitle ?? SiteTitle;
    }

    // "Page 2 of 5 for " on paginated pages after the first (site.seo_paginator_message may change it).
    private string PageNumber()
    {
        if (Get(_paginator, "page") is not { } current || Convert.ToInt64(current, CultureInfo.InvariantCulture) <= 1)
        {
            return "";
        }

        var total = Get(_paginator, "total_pages");
        var message = Get(_site, "seo_paginator_message") is string own ? own : "Page %<current>s of %<total>s for ";
        return message.Replace("%<current>s", ToS(current)).Replace("%<total>s", ToS(total));
    }

    /// <summary>Drop#format_string: nil when the result is empty.</summary>
    public string? Format(object? value)
    {
        var formatted = TextFilters.EscapeOnce(TextFilters.NormalizeWhitespace(TextFilters.StripHtml(_filters.Markdownify(ToS(value)))));
        return formatted.Length == 0 ? null : formatted;
    }

    // Ruby's a || b: the first value that is neither nil nor false.
    private static object? Or(params object?[] values) => values.FirstOrDefault(IsTruthy);

    [GeneratedRegex(@"^/(about/)?(index.html?)?$", RegexOptions.Multiline)]
    private static partial Regex HomepageOrAboutUrl();

    [GeneratedRegex(@"/index\.html$", RegexOptions.Multiline)]
    private static partial Regex IndexHtml();
}
