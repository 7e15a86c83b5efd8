using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Themes;

/// <summary>
/// Site#load_theme_configuration: the theme's <c>_config.yml</c> goes under the site's configuration,
/// without the keys Jekyll has defaults for (a theme cannot change <c>plugins</c>, <c>kramdown</c>…),
/// unless the site says <c>ignore_theme_config: true</c>.
/// </summary>
internal static class ThemeConfiguration
{
    public static SiteConfiguration Apply(SiteConfiguration configuration, Theme? theme)
    {
        if (theme?.Configuration is not { } themeValues || configuration.Values.GetValueOrDefault("ignore_theme_config") is true)
        {
            return configuration;
        }

        var defaults = JekyllDefaults.Create();
        var allowed = themeValues.Where(e => !defaults.ContainsKey(e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        return new SiteConfiguration(DataMerge.Merge(allowed, configuration.Values));
    }
}
