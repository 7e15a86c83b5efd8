using Ikim.Publisher.Site.Configuration;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// Jekyll's EntryFilter: which entries of a folder take part in the site. Entries whose name (or first
/// segment) starts with '.', '_', '#' or '~', or that end in '~', are special and skipped unless
/// <c>include</c> names them; anything <c>exclude</c> matches is skipped unless also included.
/// Patterns are matched as File.fnmatch? does (no flags) or as a plain path prefix.
/// </summary>
internal sealed class EntryFilter
{
    private readonly IReadOnlyList<Pattern> _include;
    private readonly IReadOnlyList<Pattern> _exclude;
    private readonly Func<string, bool> _isDirectory;

    /// <param name="isDirectory">Whether a source-relative path (no leading '/') is a folder.</param>
    public EntryFilter(SiteConfiguration configuration, Func<string, bool> isDirectory)
    {
        // Rooted and compiled once: every file of the site is matched against every pattern.
        _include = configuration.Include.Select(Pattern.Of).ToList();
        _exclude = configuration.Exclude.Select(Pattern.Of).ToList();
        _isDirectory = isDirectory;
    }

    /// <param name="entry">A name, or a path relative to <paramref name="baseDirectory"/>.</param>
    /// <param name="baseDirectory">The source-relative folder the entry was listed in ("" for the source).</param>
    public bool Accepts(string entry, string baseDirectory)
    {
        if (entry.EndsWith('.'))
        {
            return false;
        }

        var included = IsIncluded(entry);
        if (!included && Matches(_exclude, Join(baseDirectory, entry)))
        {
            return false;
        }

        return included || !(IsSpecial(entry) || IsSpecial(Basename(entry)) || entry.EndsWith('~'));
    }

    /// <summary>Whether <c>include</c> names the entry (Jekyll checks the entry and its base name).</summary>
    public bool IsIncluded(string entry) => Matches(_include, entry) || Matches(_include, Basename(entry));

    private static bool IsSpecial(string name) => name.Length > 0 && name[0] is '.' or '_' or '#' or '~';

    private static string Basename(string entry) => entry[(entry.LastIndexOf('/') + 1)..];

    private static string Rooted(string path) => "/" + path.TrimStart('/');

    private static string Join(string folder, string entry) => folder.Length == 0 ? entry : folder.TrimEnd('/') + "/" + entry;

    // Jekyll joins both sides to the source folder, so a pattern matches by fnmatch, as a string prefix
    // (exclude "Makefile" also drops "Makefile.old"), or as a folder named with a trailing slash.
    private bool Matches(IReadOnlyList<Pattern> patterns, string relativePath)
    {
        if (patterns.Count == 0)
        {
            return false;
        }

        var entry = Rooted(relativePath);
        foreach (var (pattern, glob) in patterns)
        {
            if (entry.StartsWith(pattern, StringComparison.Ordinal)
                || glob?.IsMatch(entry) == true
                || (pattern == entry + "/" && _isDirectory(relativePath.TrimStart('/'))))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="Text">The pattern, rooted ("/" + pattern).</param>
    /// <param name="Glob">Its fnmatch matcher; null when it has no wildcard or escape, since fnmatch then means equality, which the prefix test covers.</param>
    private sealed record Pattern(string Text, System.Text.RegularExpressions.Regex? Glob)
    {
        public static Pattern Of(string pattern)
        {
            var rooted = Rooted(pattern);
            return new Pattern(rooted, FnMatch.MatcherUnlessLiteral(rooted));
        }
    }
}
