using System.Text;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Configuration;

/// <summary>Reads <c>_config.yml</c> (or the listed files, later ones winning) over Jekyll's defaults.</summary>
public static class ConfigurationReader
{
    public static SiteConfiguration Read(ISourceTree tree, IReadOnlyList<string>? configFiles = null, IReadOnlyDictionary<string, object?>? overrides = null)
    {
        var values = JekyllDefaults.Create();
        var files = configFiles is { Count: > 0 } ? configFiles : DefaultConfigFile(tree);
        foreach (var file in files)
        {
            var text = Encoding.UTF8.GetString(tree.Read(file));
            foreach (var (key, value) in YamlReader.ParseMapping(text, file))
            {
                values[key] = value;
            }
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, object?>())
        {
            values[key] = value;
        }

        return new SiteConfiguration(values);
    }

    private static IReadOnlyList<string> DefaultConfigFile(ISourceTree tree) =>
        tree.Contains("_config.yml") ? ["_config.yml"] : tree.Contains("_config.yaml") ? ["_config.yaml"] : [];
}
