using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// Ruby's glob matching, in the two flavours Jekyll uses. <see cref="Matches"/> is File.fnmatch? without
/// flags (exclude/include lists): '*' crosses '/'. <see cref="MatchesPath"/> is Dir.glob's (defaults scopes):
/// '*' stays within a segment, '**/' spans folders, and wildcards do not match a leading '.'.
/// </summary>
internal static class FnMatch
{
    private static readonly ConcurrentDictionary<(string, bool), Regex> Cache = new();

    public static bool Matches(string pattern, string path) => Cache.GetOrAdd((pattern, false), Compile).IsMatch(path);

    public static bool MatchesPath(string pattern, string path) => Cache.GetOrAdd((pattern, true), Compile).IsMatch(path);

    /// <summary>
    /// File.fnmatch? without flags for one pattern, as a matcher to keep (a caller matching many paths
    /// skips the cache lookup); null when the pattern has no wildcard and no escape, as fnmatch of it
    /// then means equality.
    /// </summary>
    public static Regex? MatcherUnlessLiteral(string pattern) =>
        HasWildcard(pattern) || pattern.Contains('\\') ? Cache.GetOrAdd((pattern, false), Compile) : null;

    public static bool HasWildcard(string pattern) => pattern.IndexOfAny(['*', '?', '[']) >= 0;

    private static Regex Compile((string Pattern, bool PathName) key)
    {
        var (pattern, pathName) = key;
        var any = pathName ? "[^/]" : ".";
        var builder = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var atSegmentStart = i == 0 || (pathName && pattern[i - 1] == '/');
            var c = pattern[i];
            switch (c)
            {
                case '*' when pathName && i + 2 < pattern.Length && pattern[i + 1] == '*' && pattern[i + 2] == '/' && atSegmentStart:
                    builder.Append(@"(?:[^/.][^/]*/)*");
                    i += 2;
                    break;
                case '*':
                    while (i + 1 < pattern.Length && pattern[i + 1] == '*')
                    {
                        i++;
                    }

                    builder.Append(atSegmentStart ? $"(?:(?!\\.){any}{any}*)?" : $"{any}*");
                    break;
                case '?':
                    builder.Append(atSegmentStart ? $"(?!\\.){any}" : any);
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 2);
                    if (close < 0)
                    {
                        builder.Append(@"\[");
                        break;
                    }

                    var set = pattern[(i + 1)..close];
                    builder.Append('[').Append(set.StartsWith('!') || set.StartsWith('^') ? "^" + Escape(set[1..]) : Escape(set)).Append(']');
                    i = close;
                    break;
                case '\\' when i + 1 < pattern.Length:
                    builder.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    private static string Escape(string set) => set.Replace("\\", @"\\").Replace("[", @"\[");
}
