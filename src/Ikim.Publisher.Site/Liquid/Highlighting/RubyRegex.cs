using System.Text;
using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Liquid.Highlighting;

/// <summary>
/// Compiles Rouge's Ruby regular expressions for .NET: \w \s \d are ASCII in Ruby (Unicode in
/// .NET), \h is a hex digit, \p{Word} and POSIX classes ([[:alpha:]]) are spelled out, {,n}
/// becomes {0,n}, ^ and $ are always line anchors, and every rule is anchored at the scan position.
/// </summary>
internal static class RubyRegex
{
    /// <param name="options">Ruby's flags: 'i' (ignore case), 'm' (dot matches newline), 'x' (extended).</param>
    public static Regex Compile(string pattern, string options = "")
    {
        var flags = RegexOptions.Multiline | RegexOptions.CultureInvariant;
        if (options.Contains('i'))
        {
            flags |= RegexOptions.IgnoreCase;
        }

        if (options.Contains('m'))
        {
            flags |= RegexOptions.Singleline;
        }

        if (options.Contains('x'))
        {
            flags |= RegexOptions.IgnorePatternWhitespace;
        }

        return new Regex(@"\G(?:" + Translate(pattern) + ")", flags);
    }

    public static string Translate(string pattern)
    {
        var output = new StringBuilder(pattern.Length + 32);
        var inClass = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                i = Escape(pattern, i, inClass > 0, output);
                continue;
            }

            if (c == '[')
            {
                if (inClass > 0 && pattern.AsSpan(i).StartsWith("[:") && pattern.IndexOf(":]", i, StringComparison.Ordinal) is > 0 and var end)
                {
                    output.Append(PosixClass(pattern[(i + 2)..end]));
                    i = end + 1;
                    continue;
                }

                if (inClass > 0)
                {
                    // Ruby allows nested classes ([^[A-Za-z0-9]]); .NET reads a literal '['. Flatten the nesting.
                    inClass++;
                    continue;
                }

                inClass++;
                output.Append(c);
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    output.Append('^');
                    i++;
                }

                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    output.Append("\\]");
                    i++;
                }

                continue;
            }

            if (c == ']' && inClass > 0)
            {
                inClass--;
                if (inClass == 0)
                {
                    output.Append(']');
                }

                continue;
            }

            if (c == '{' && inClass == 0 && i + 1 < pattern.Length && pattern[i + 1] == ',')
            {
                output.Append("{0");
                continue;
            }

            output.Append(c);
        }

        return output.ToString();
    }

    private static int Escape(string pattern, int i, bool inClass, StringBuilder output)
    {
        var next = pattern[i + 1];
        switch (next)
        {
            case 'w':
                output.Append(inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]");
                return i + 1;
            case 'W' when !inClass:
                output.Append("[^a-zA-Z0-9_]");
                return i + 1;
            case 's':
                output.Append(inClass ? @" \t\n\v\f\r" : @"[ \t\n\v\f\r]");
                return i + 1;
            case 'S' when !inClass:
                output.Append(@"[^ \t\n\v\f\r]");
                return i + 1;
            case 'd':
                output.Append(inClass ? "0-9" : "[0-9]");
                return i + 1;
            case 'D' when !inClass:
                output.Append("[^0-9]");
                return i + 1;
            case 'h':
                output.Append(inClass ? "0-9a-fA-F" : "[0-9a-fA-F]");
                return i + 1;
            case 'p' when pattern.AsSpan(i).StartsWith(@"\p{Word}"):
                output.Append(@"\w");
                return i + 7;
            case 'p' when pattern.AsSpan(i).StartsWith(@"\p{Alpha}"):
                output.Append(inClass ? @"\p{L}\p{M}" : @"[\p{L}\p{M}]");
                return i + 8;
            default:
                output.Append('\\').Append(next);
                return i + 1;
        }
    }

    private static string PosixClass(string name) => name switch
    {
        "alpha" => @"\p{L}\p{M}",
        "alnum" => @"\p{L}\p{M}\p{Nd}",
        "digit" => "0-9",
        "xdigit" => "0-9a-fA-F",
        "space" => @"\s",
        "upper" => @"\p{Lu}",
        "lower" => @"\p{Ll}",
        "word" => @"\w",
        "punct" => @"\p{P}\p{S}",
        _ => throw new ArgumentException($"POSIX class [:{name}:] is not supported", nameof(name)),
    };
}
