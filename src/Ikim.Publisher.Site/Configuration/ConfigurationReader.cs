using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Configuration;

/// <summary>
/// Reads <c>_config.yml</c> (or the listed files, each deep-merged over the previous) over Jekyll's
/// defaults, then the overrides (command-line flags), then adds what Jekyll's Configuration.from adds:
/// the <c>posts</c> collection and the default exclusions.
/// </summary>
public static class ConfigurationReader
{
    private static readonly string[] DefaultExcludes =
        [".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules", "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/"];

    public static SiteConfiguration Read(ISourceTree tree, IReadOnlyList<string>? configFiles = null, IReadOnlyDictionary<string, object?>? overrides = null)
    {
        var fromFiles = new Dictionary<string, object?>(StringComparer.Ordinal);
        var files = configFiles is { Count: > 0 } ? configFiles : DefaultConfigFile(tree);
        foreach (var file in files)
        {
            if (!tree.Contains(file))
            {
                throw new SiteBuildException(new SourcePosition(file, 0, 0), "configuration file not found");
            }

            var text = Reading.SourceText.Read(tree, file);
            DataMerge.MergeInto(fromFiles, YamlReader.ParseMapping(text, file));
        }

        DataMerge.MergeInto(fromFiles, overrides ?? new Dictionary<string, object?>());
        var values = DataMerge.Merge(JekyllDefaults.Create(), fromFiles);
        Validate(values, files.LastOrDefault() ?? "_config.yml");
        AddDefaultCollections(values);
        AddDefaultExcludes(values);
        return new SiteConfiguration(values);
    }

    private static IReadOnlyList<string> DefaultConfigFile(ISourceTree tree) =>
        tree.Contains("_config.yml") ? ["_config.yml"] : tree.Contains("_config.yaml") ? ["_config.yaml"] : [];

    private static void Validate(Dictionary<string, object?> values, string file)
    {
        foreach (var key in new[] { "include", "exclude" })
        {
            if (values[key] is not (null or List<object?>))
            {
                throw new SiteBuildException(new SourcePosition(file, 0, 0), $"'{key}' should be set as an array, but was: {values[key]}");
            }
        }

        if (values["collections"] is not (null or List<object?> or Dictionary<string, object?>))
        {
            throw new SiteBuildException(new SourcePosition(file, 0, 0), "'collections' must be a mapping or a list");
        }
    }

    // Jekyll always has a posts collection that is written, with the site's permalink style as its template.
    private static void AddDefaultCollections(Dictionary<string, object?> values)
    {
        if (values["collections"] is null)
        {
            return;
        }

        var configured = values["collections"] switch
        {
            List<object?> names => names.Where(n => n is not null).ToDictionary(n => n!.ToString()!, _ => (object?)new Dictionary<string, object?>(StringComparer.Ordinal), StringComparer.Ordinal),
            Dictionary<string, object?> map => map,
            _ => [],
        };
        var collections = DataMerge.Merge(new Dictionary<string, object?> { ["posts"] = new Dictionary<string, object?>(StringComparer.Ordinal) }, configured);
        var posts = collections["posts"] is Dictionary<string, object?> map2 ? new Dictionary<string, object?>(map2, StringComparer.Ordinal) : new Dictionary<string, object?>(StringComparer.Ordinal);
        posts["output"] = true;
        if (values["permalink"] is { } style && posts.GetValueOrDefault("permalink") is null)
        {
            posts["permalink"] = PermalinkStyle.Template(style.ToString()!);
        }

        collections["posts"] = posts;
        values["collections"] = collections;
    }

    private static void AddDefaultExcludes(Dictionary<string, object?> values)
    {
        if (values["exclude"] is List<object?> exclude)
        {
            var merged = exclude.Concat(DefaultExcludes).Distinct().ToList();
            values["exclude"] = merged;
        }
    }
}
