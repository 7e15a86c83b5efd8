using System.Text;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Configuration;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>Jekyll's URL filters (lib/jekyll/filters/url_filters.rb): relative_url, absolute_url.</summary>
internal sealed partial class UrlFilters(SiteConfiguration configuration)
{
    public void Register(ScriptObject filters)
    {
        filters.Import("relative_url", new Func<object?, string?>(RelativeUrl));
        filters.Import("absolute_url", new Func<object?, string?>(AbsoluteUrl));
    }

    public string? RelativeUrl(object? input)
    {
        if (input is null)
        {
            return null;
        }

        var text = UrlOf(input);
        if (IsAbsolute(text))
        {
            return text;
        }

        return Normalize(EnsureLeadingSlash(configuration.GetString("baseurl")?.TrimEnd('/') ?? "") + EnsureLeadingSlash(text));
    }

    public string? AbsoluteUrl(object? input)
    {
        if (input is null)
        {
            return null;
        }

        var text = UrlOf(input);
        if (IsAbsolute(text))
        {
            return text;
        }

        var siteUrl = configuration.GetString("url");
        var relative = RelativeUrl(text)!;
        return string.IsNullOrEmpty(siteUrl) ? relative : Normalize(siteUrl + relative);
    }

    private static string UrlOf(object input) => input switch
    {
        ScriptObject drop when drop.TryGetValue("url", out var url) => url?.ToString() ?? "",
        _ => Convert.ToString(input, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private static bool IsAbsolute(string url) => SchemePattern().IsMatch(url);

    private static string EnsureLeadingSlash(string part) => part.Length == 0 || part.StartsWith('/') ? part : "/" + part;

    // Addressable's normalize: lower-case scheme and host, percent-encode what may not stand in a URL.
    private static string Normalize(string url)
    {
        var match = AuthorityPattern().Match(url);
        var prefix = match.Success ? match.Value.ToLowerInvariant() : "";
        var rest = url[prefix.Length..];
        var builder = new StringBuilder(prefix, url.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(rest))
        {
            if (b > 0x20 && b < 0x7F && b != '"' && b != '<' && b != '>' && b != '\\' && b != '^' && b != '`' && b != '{' && b != '|' && b != '}')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:")]
    private static partial Regex SchemePattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*://[^/?#]*")]
    private static partial Regex AuthorityPattern();
}
