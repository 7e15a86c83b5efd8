using Ikim.Publisher.Site.Configuration;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// Decides which source files become part of the site, as Jekyll's EntryFilter does:
/// names starting with '.', '_' or '#', or ending with '~', are special and skipped unless
/// listed under <c>include</c>; anything matching <c>exclude</c> is skipped.
/// </summary>
internal sealed class EntryFilter
{
    private readonly IReadOnlyList<string> _include;
    private readonly IReadOnlyList<string> _exclude;

    public EntryFilter(SiteConfiguration configuration)
    {
        _include = configuration.Include.Select(Normalise).ToList();
        _exclude = configuration.Exclude.Select(Normalise)
            .Concat(["Gemfile", "Gemfile.lock", "node_modules", "vendor/bundle", "vendor/cache", "vendor/gems", "vendor/ruby"])
            .ToList();
    }

    /// <summary>True when <paramref name="path"/> (relative, '/'-separated) is published.</summary>
    public bool Accepts(string path)
    {
        if (Matches(_exclude, path) && !Matches(_include, path))
        {
            return false;
        }

        var segments = path.Split('/');
        foreach (var segment in segments)
        {
            if (IsSpecial(segment) && !Matches(_include, segment) && !Matches(_include, path))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSpecial(string name) =>
        name.StartsWith('.') || name.StartsWith('_') || name.StartsWith('#') || name.EndsWith('~');

    private static string Normalise(string pattern) => pattern.Trim().Trim('/');

    // Jekyll matches a pattern against the relative path with fnmatch, or as a path prefix.
    private static bool Matches(IReadOnlyList<string> patterns, string path)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.Length == 0)
            {
                continue;
            }

            if (path == pattern || path.StartsWith(pattern + "/", StringComparison.Ordinal) || Glob.IsMatch(pattern, path))
            {
                return true;
            }
        }

        return false;
    }
}
