using System.Globalization;
using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Rendering;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Plugins;

/// <summary>
/// Which plugins a build runs, as Jekyll's PluginManager decides it on GitHub Pages: the theme's runtime
/// dependencies, then <c>plugins:</c> (or the older <c>gems:</c>). Every built-in plugin is allowed, as if
/// GitHub Pages' whitelist applied, so <c>whitelist:</c> is not needed. A name that is not built in is a
/// warning, not a failure; Ruby files in <c>_plugins/</c> are never run (safe mode), with a warning.
/// </summary>
internal static class PluginSelection
{
    public static EnabledPlugins Select(SiteConfiguration configuration, Themes.Theme? theme, ISourceTree source, BuildDiagnostics diagnostics)
    {
        var names = new List<string>();
        if (theme is not null)
        {
            names.AddRange(theme.RuntimeDependencies.Where(PluginCatalog.IsKnown));
        }

        foreach (var name in Listed(configuration))
        {
            if (PluginCatalog.IsKnown(name))
            {
                names.Add(name);
            }
            else
            {
                diagnostics.Warn("_config.yml", $"Plugin '{name}' is not built in; it is ignored.");
            }
        }

        var pluginsDir = (configuration.GetString("plugins_dir") ?? "_plugins").Trim('/') + "/";
        if (source.Files.Any(f => f.StartsWith(pluginsDir, StringComparison.Ordinal)))
        {
            diagnostics.Warn(pluginsDir.TrimEnd('/'), $"Custom plugins in {pluginsDir} are not run (safe mode, as on GitHub Pages).");
        }

        return new EnabledPlugins(names);
    }

    // Configuration#backwards_compatibilize renames `gems` to `plugins`.
    private static IEnumerable<string> Listed(SiteConfiguration configuration)
    {
        var value = configuration.Values.ContainsKey("gems") ? configuration.Values["gems"] : configuration.Values.GetValueOrDefault("plugins");
        return value switch
        {
            string single => [single],
            IEnumerable<object?> list => list.Where(v => v is not null).Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!),
            _ => [],
        };
    }
}
