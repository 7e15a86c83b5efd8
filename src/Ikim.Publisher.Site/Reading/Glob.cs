using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Reading;

/// <summary>fnmatch-style globbing (<c>*</c>, <c>?</c>, <c>[...]</c>, <c>**</c>) for exclude lists and defaults scopes.</summary>
internal static class Glob
{
    private static readonly ConcurrentDictionary<string, Regex?> Cache = new(StringComparer.Ordinal);

    public static bool IsMatch(string pattern, string path)
    {
        var regex = Cache.GetOrAdd(pattern, Compile);
        return regex is not null && regex.IsMatch(path);
    }

    private static Regex? Compile(string pattern)
    {
        if (pattern.IndexOfAny(['*', '?', '[']) < 0)
        {
            return null;
        }

        var builder = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    builder.Append(".*");
                    i++;
                    break;
                case '*':
                    builder.Append("[^/]*");
                    break;
                case '?':
                    builder.Append("[^/]");
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        builder.Append(@"\[");
                        break;
                    }

                    builder.Append('[').Append(pattern[(i + 1)..close].Replace("!", "^")).Append(']');
                    i = close;
                    break;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
