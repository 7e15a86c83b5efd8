using System.Text;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Sass;

/// <summary>
/// jekyll-sass-converter's <c>sass_load_paths</c> in safe mode: each path is sanitized into the site, expanded
/// as a Ruby <c>Dir.glob</c> pattern (<c>*</c>, <c>?</c>, <c>[...]</c>, <c>{a,b}</c>, <c>**</c>; wildcards
/// skip dot folders; matches sorted), duplicates dropped, and only folders that exist are kept. Folders are
/// those of the source tree, so a load path can never point outside the site.
/// </summary>
internal static class SassLoadPaths
{
    public static IReadOnlyList<string> Resolve(IEnumerable<string> patterns, ISourceTree tree)
    {
        var children = FolderChildren(tree);
        var result = new List<string>();
        foreach (var pattern in patterns)
        {
            foreach (var alternative in ExpandBraces(SassPaths.Sanitize(pattern)))
            {
                var segments = alternative.Split('/', StringSplitOptions.RemoveEmptyEntries);
                foreach (var match in Match("", segments, children))
                {
                    if (!result.Contains(match))
                    {
                        result.Add(match);
                    }
                }
            }
        }

        return result;
    }

    private static IEnumerable<string> Match(string folder, ReadOnlySpan<string> segments, Dictionary<string, SortedSet<string>> children)
    {
        if (segments.IsEmpty)
        {
            return children.ContainsKey(folder) ? [folder] : [];
        }

        var segment = segments[0];
        var rest = segments[1..].ToArray();
        var names = children.TryGetValue(folder, out var found) ? found : [];
        var matches = new List<string>();
        if (segment == "**")
        {
            // Zero folders, or one more (not hidden) folder and still inside the '**'.
            matches.AddRange(Match(folder, rest, children));
            foreach (var name in names.Where(n => !n.StartsWith('.')))
            {
                matches.AddRange(Match(Join(folder, name), segments.ToArray(), children));
            }

            return matches;
        }

        if (!Reading.FnMatch.HasWildcard(segment))
        {
            return names.Contains(segment) ? Match(Join(folder, segment), rest, children) : [];
        }

        var regex = SegmentRegex(segment);
        foreach (var name in names)
        {
            if (regex.IsMatch(name) && (segment.StartsWith('.') || !name.StartsWith('.')))
            {
                matches.AddRange(Match(Join(folder, name), rest, children));
            }
        }

        return matches;
    }

    /// <summary>Every folder of the tree ("" is the root) with the names of its subfolders, sorted as Dir.glob sorts.</summary>
    private static Dictionary<string, SortedSet<string>> FolderChildren(ISourceTree tree)
    {
        var children = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal) { [""] = new(StringComparer.Ordinal) };
        foreach (var file in tree.Files)
        {
            var parent = "";
            var segments = file.Split('/');
            for (var i = 0; i < segments.Length - 1; i++)
            {
                children[parent].Add(segments[i]);
                parent = Join(parent, segments[i]);
                children.TryAdd(parent, new SortedSet<string>(StringComparer.Ordinal));
            }
        }

        return children;
    }

    private static IEnumerable<string> ExpandBraces(string pattern)
    {
        var open = pattern.IndexOf('{');
        var close = open < 0 ? -1 : pattern.IndexOf('}', open);
        if (close < 0)
        {
            return [pattern];
        }

        var head = pattern[..open];
        var tail = pattern[(close + 1)..];
        return pattern[(open + 1)..close].Split(',').SelectMany(choice => ExpandBraces(head + choice + tail));
    }

    private static Regex SegmentRegex(string segment)
    {
        var builder = new StringBuilder("^");
        for (var i = 0; i < segment.Length; i++)
        {
            var c = segment[i];
            var classEnd = c == '[' ? segment.IndexOf(']', i + 1) : -1;
            if (classEnd > i + 1)
            {
                var set = segment[(i + 1)..classEnd];
                builder.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                i = classEnd;
                continue;
            }

            builder.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant);
    }

    private static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;
}
