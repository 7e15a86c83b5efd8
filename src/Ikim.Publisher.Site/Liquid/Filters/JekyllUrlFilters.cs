using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// Jekyll's URL filters (filters/url_filters.rb): relative_url and absolute_url prefix baseurl (and
/// url) unless the input already has a scheme, then normalise the result as Addressable does
/// (non-ASCII and spaces percent-encoded, dot segments removed). A protocol-relative "//host/x"
/// has no scheme, so it is prefixed too.
/// </summary>
internal static partial class JekyllUrlFilters
{
    public static void Register(FilterRegistry.Builder filters)
    {
        filters.Add("relative_url", 0, 0, (context, input, _) => input is null ? null : RelativeUrl(context, input));
        filters.Add("absolute_url", 0, 0, (context, input, _) => input is null ? null : AbsoluteUrl(context, input));
        filters.Add("strip_index", 0, 0, (_, input, _) =>
            input is null || RubyValue.ToS(input).Length == 0 ? null : StripIndex().Replace(RubyValue.ToS(input), "/", 1));
    }

    public static string RelativeUrl(RenderContext context, object input) => RelativeUrl(context.Site.Configuration, input);

    public static string AbsoluteUrl(RenderContext context, object input) => AbsoluteUrl(context.Site.Configuration, input);

    public static string RelativeUrl(SiteConfiguration configuration, object input)
    {
        var url = UrlOf(input);
        if (AddressableUri.IsAbsolute(url))
        {
            return url;
        }

        var baseUrl = configuration.GetString("baseurl") ?? "";
        if (baseUrl.EndsWith('/'))
        {
            baseUrl = baseUrl[..^1];
        }

        return AddressableUri.Normalize(EnsureLeadingSlash(baseUrl) + EnsureLeadingSlash(url));
    }

    public static string AbsoluteUrl(SiteConfiguration configuration, object input)
    {
        var url = UrlOf(input);
        if (AddressableUri.IsAbsolute(url))
        {
            return url;
        }

        var siteUrl = configuration.GetString("url");
        return string.IsNullOrEmpty(siteUrl) ? RelativeUrl(configuration, url) : AddressableUri.Normalize(siteUrl + RelativeUrl(configuration, url));
    }

    // A document or page passed as is (post | relative_url) stands for its url.
    private static string UrlOf(object input) =>
        input is IDictionary<string, object?> drop && drop.TryGetValue("url", out var url) ? RubyValue.ToS(url) : RubyValue.ToS(input);

    private static string EnsureLeadingSlash(string part) => part.Length == 0 || part.StartsWith('/') ? part : "/" + part;

    [System.Text.RegularExpressions.GeneratedRegex(@"/index\.html?$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex StripIndex();
}
