using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Themes;

/// <summary>
/// A gem-based theme laid out on disk (Jekyll's Theme): <c>_layouts</c>, <c>_includes</c>, <c>_sass</c>,
/// <c>assets</c> and <c>_data</c>, an optional <c>_config.yml</c> and, when copied from a gem, its
/// <c>.gemspec</c>, whose runtime dependencies Jekyll loads as plugins.
/// </summary>
public sealed partial class Theme
{
    /// <summary>The folders of a theme that take part in a build; anything else in it (README, LICENSE) is ignored.</summary>
    public static readonly IReadOnlyList<string> Folders = ["_layouts", "_includes", "_sass", "assets", "_data"];

    internal Theme(string name, string root, ISourceTree files)
    {
        Name = name;
        Root = root;
        Files = files;
        Configuration = files.Contains("_config.yml")
            ? YamlReader.ParseMapping(Reading.SourceText.Read(files, "_config.yml"), $"{name} theme: _config.yml")
            : null;
        RuntimeDependencies = ReadDependencies(name, files);
    }

    /// <summary>The name from <c>theme:</c>, lower-cased and trimmed as Jekyll does.</summary>
    public string Name { get; }

    /// <summary>The theme's folder on disk.</summary>
    public string Root { get; }

    /// <summary>The theme's files, relative to its root.</summary>
    public ISourceTree Files { get; }

    /// <summary>The theme's <c>_config.yml</c>, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Configuration { get; }

    /// <summary>The gems the theme's gemspec names as runtime dependencies (Jekyll requires them as plugins).</summary>
    public IReadOnlyList<string> RuntimeDependencies { get; }

    /// <summary>The theme's files below one of its folders (e.g. <c>assets</c>), relative to the theme root, in ordinal order.</summary>
    public IEnumerable<string> FilesIn(string folder) =>
        Files.Files.Where(f => f.StartsWith(folder + "/", StringComparison.Ordinal));

    private static List<string> ReadDependencies(string name, ISourceTree files)
    {
        var gemspec = files.Contains(name + ".gemspec") ? name + ".gemspec" : files.Files.FirstOrDefault(f => !f.Contains('/') && f.EndsWith(".gemspec", StringComparison.Ordinal));
        if (gemspec is null)
        {
            return [];
        }

        return DependencyPattern().Matches(Reading.SourceText.Read(files, gemspec))
            .Select(m => m.Groups["name"].Value)
            .Where(d => d != "jekyll")
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    // s.add_runtime_dependency(%q<jekyll-feed>.freeze, ...), spec.add_runtime_dependency "jekyll-seo-tag", "~> 2.1"
    // and add_dependency (a runtime dependency too); development dependencies are not loaded.
    [GeneratedRegex(@"\.add_(?:runtime_)?dependency[\s(]+(?:%q<(?<name>[^>]+)>|[""'](?<name>[^""']+)[""'])")]
    private static partial Regex DependencyPattern();
}
