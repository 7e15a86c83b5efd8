using System.Globalization;
using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Liquid.Parsing;

namespace Ikim.Publisher.Site.Liquid;

/// <summary>
/// Jekyll's <c>liquid:</c> settings (<c>error_mode</c>, <c>strict_variables</c>, <c>strict_filters</c>)
/// plus the limits that keep one template from stalling a build.
/// </summary>
public sealed record LiquidOptions
{
    public LiquidErrorMode ErrorMode { get; init; } = LiquidErrorMode.Warn;

    /// <summary>An undefined variable is an error instead of nil.</summary>
    public bool StrictVariables { get; init; }

    /// <summary>An unknown filter is an error instead of being skipped.</summary>
    public bool StrictFilters { get; init; }

    /// <summary>The longest one render (a page body, a layout) may take; includes count toward their page.</summary>
    public TimeSpan RenderTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The largest output one render may produce, in characters.</summary>
    public int MaxOutputLength { get; init; } = 64 * 1024 * 1024;

    /// <summary>Reads the <c>liquid:</c> section of the site configuration (missing keys keep Jekyll's defaults).</summary>
    public static LiquidOptions From(SiteConfiguration configuration)
    {
        if (!configuration.Values.TryGetValue("liquid", out var section) || section is not IReadOnlyDictionary<string, object?> and not IDictionary<string, object?>)
        {
            return new LiquidOptions();
        }

        var values = section as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>((IDictionary<string, object?>)section);
        return new LiquidOptions
        {
            ErrorMode = Convert.ToString(values.GetValueOrDefault("error_mode"), CultureInfo.InvariantCulture)?.Trim().ToLowerInvariant() switch
            {
                "lax" => LiquidErrorMode.Lax,
                "strict" => LiquidErrorMode.Strict,
                _ => LiquidErrorMode.Warn,
            },
            StrictVariables = values.GetValueOrDefault("strict_variables") is true,
            StrictFilters = values.GetValueOrDefault("strict_filters") is true,
        };
    }
}
