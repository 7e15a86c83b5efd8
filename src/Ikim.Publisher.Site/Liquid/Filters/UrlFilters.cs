using Ikim.Publisher.Site.Configuration;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>Jekyll's relative_url and absolute_url for code outside templates (plugins' generators), as the filters compute them.</summary>
internal sealed class UrlFilters(SiteConfiguration configuration)
{
    public string? RelativeUrl(object? input) => input is null ? null : JekyllUrlFilters.RelativeUrl(configuration, input);

    public string? AbsoluteUrl(object? input) => input is null ? null : JekyllUrlFilters.AbsoluteUrl(configuration, input);
}
