using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Themes;

/// <summary>
/// Finds the folder of <c>theme: NAME</c>. Jekyll asks RubyGems for a gem of that name; we look for a
/// folder <c>NAME/</c> in each configured themes folder, in order. A theme that is not found stops the
/// build with the places looked in, as Jekyll's "The NAME theme could not be found." does.
/// </summary>
public static class ThemeResolver
{
    /// <returns>The theme, or null when the site names none.</returns>
    /// <param name="configFile">The configuration file errors point at.</param>
    public static Theme? Resolve(SiteConfiguration configuration, IReadOnlyList<string> themesPaths, string configFile = "_config.yml")
    {
        if (!configuration.Values.TryGetValue("theme", out var value) || value is null)
        {
            return null;
        }

        if (value is not string text)
        {
            // Jekyll warns and builds without a theme when `theme` is not a string.
            return null;
        }

        var name = text.Trim().ToLowerInvariant();
        if (name.Length == 0 || name.Contains('/') || name.Contains('\\') || name is "." or "..")
        {
            throw new SiteBuildException(new SourcePosition(configFile, 0, 0), $"The theme name '{text}' is not a valid theme name.");
        }

        var candidates = themesPaths.Select(p => Path.Combine(Path.GetFullPath(p), name)).ToList();
        var root = candidates.FirstOrDefault(Directory.Exists);
        if (root is null)
        {
            var places = candidates.Count == 0 ? "no themes folder is configured" : "looked in " + string.Join(", ", candidates);
            throw new SiteBuildException(new SourcePosition(configFile, 0, 0), $"The {name} theme could not be found ({places}).");
        }

        return new Theme(name, root, new DirectorySourceTree(root));
    }
}
