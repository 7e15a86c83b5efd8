namespace Ikim.Publisher.Site.Plugins;

/// <summary>
/// Jekyll's <c>relative_url</c> and <c>absolute_url</c> filters for generators, which run outside any
/// template: supplied by the Liquid layer so plugins build URLs exactly as templates do.
/// </summary>
internal sealed record SiteUrls(Func<string, string> RelativeUrl, Func<string, string> AbsoluteUrl);
