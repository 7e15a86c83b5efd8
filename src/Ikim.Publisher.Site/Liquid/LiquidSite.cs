using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Liquid.Filters;

namespace Ikim.Publisher.Site.Liquid;

/// <summary>What every render of one build shares: configuration, options, filters, templates and services.</summary>
internal sealed class LiquidSite(SiteConfiguration configuration, TemplateCache templates, LiquidServices services)
{
    public SiteConfiguration Configuration { get; } = configuration;

    public LiquidOptions Options { get; } = templates.Options;

    public TemplateCache Templates { get; } = templates;

    public LiquidServices Services { get; } = services;

    public FilterRegistry Filters => FilterRegistry.Standard;

    /// <summary>The site's <c>timezone</c> (Jekyll sets TZ from it); UTC when unset or unknown, so builds do not depend on the machine.</summary>
    public TimeZoneInfo TimeZone { get; } = FindZone(configuration.GetString("timezone"));

    private static TimeZoneInfo FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
