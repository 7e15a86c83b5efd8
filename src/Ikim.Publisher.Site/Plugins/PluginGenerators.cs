using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Reading;
using Ikim.Publisher.Site.Rendering;

namespace Ikim.Publisher.Site.Plugins;

/// <summary>Runs the enabled plugins' generators over the content read (Site#generate).</summary>
internal static class PluginGenerators
{
    public static SiteContent Run(SiteContent content, EnabledPlugins plugins, PageReader pageReader, BuildDiagnostics diagnostics, Func<string, string> markdownify, SiteUrls urls)
    {
        var site = new GeneratorSite(content, plugins, pageReader, diagnostics, markdownify, urls);
        var generators = PluginCatalog.Generators(plugins);
        foreach (var generator in generators)
        {
            generator.Generate(site);
        }

        return site.ToContent();
    }
}
