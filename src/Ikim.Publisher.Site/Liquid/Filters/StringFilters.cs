using System.Text;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;
using static Ikim.Publisher.Site.Liquid.Filters.FilterInput;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// Liquid's string filters (StandardFilters) with Ruby's String semantics: full Unicode case
/// mapping, lengths in characters, <c>split</c>'s rules for " " and trailing empty fields, and
/// backslash sequences in <c>replace</c>'s replacement (<c>\0</c> is the match).
/// </summary>
internal static class StringFilters
{
    public static void Register(FilterRegistry.Builder filters)
    {
        filters.Add("downcase", 0, 0, (_, input, _) => RubyString.Downcase(Text(input)));
        filters.Add("upcase", 0, 0, (_, input, _) => RubyString.Upcase(Text(input)));
        filters.Add("capitalize", 0, 0, (_, input, _) => RubyString.Capitalize(Text(input)));
        filters.Add("strip", 0, 0, (_, input, _) => RubyString.Strip(Text(input)));
        filters.Add("lstrip", 0, 0, (_, input, _) => RubyString.LStrip(Text(input)));
        filters.Add("rstrip", 0, 0, (_, input, _) => RubyString.RStrip(Text(input)));
        filters.Add("strip_newlines", 0, 0, (_, input, _) => Text(input).Replace("\r\n", "").Replace("\n", ""));
        filters.Add("split", 1, 1, (_, input, args) => RubyString.Split(Text(input), Text(args[0])));
        filters.Add("append", 1, 1, (_, input, args) => Text(input) + Text(args[0]));
        filters.Add("prepend", 1, 1, (_, input, args) => Text(args[0]) + Text(input));
        filters.Add("replace", 1, 2, (_, input, args) => Replace(Text(input), Text(args[0]), Text(Argument(args, 1, "")), all: true));
        filters.Add("replace_first", 1, 2, (_, input, args) => Replace(Text(input), Text(args[0]), Text(Argument(args, 1, "")), all: false));
        filters.Add("replace_last", 2, 2, (_, input, args) => ReplaceLast(Text(input), Text(args[0]), Text(args[1])));
        filters.Add("remove", 1, 1, (_, input, args) => Replace(Text(input), Text(args[0]), "", all: true));
        filters.Add("remove_first", 1, 1, (_, input, args) => Replace(Text(input), Text(args[0]), "", all: false));
        filters.Add("remove_last", 1, 1, (_, input, args) => ReplaceLast(Text(input), Text(args[0]), ""));
        filters.Add("truncate", 0, 2, Truncate);
        filters.Add("truncatewords", 0, 2, TruncateWords);
        filters.Add("slice", 1, 2, Slice);
        filters.Add("size", 0, 0, (_, input, _) => RubyValue.Size(input) ?? 0L);
        filters.Add("base64_encode", 0, 0, (_, input, _) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Text(input))));
        filters.Add("base64_decode", 0, 0, (_, input, _) => Base64Decode(Text(input), urlSafe: false));
        filters.Add("base64_url_safe_encode", 0, 0, (_, input, _) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Text(input))).Replace('+', '-').Replace('/', '_'));
        filters.Add("base64_url_safe_decode", 0, 0, (_, input, _) => Base64Decode(Text(input), urlSafe: true));
        filters.Add("default", 0, 2, Default);
    }

    // Liquid's default: nil, false and empty strings/arrays/hashes take the default; allow_false keeps false.
    private static object? Default(RenderContext context, object? input, object?[] args)
    {
        var fallback = Argument(args, 0, "");
        var allowFalse = args.Length > 1 && args[1] is IDictionary<string, object?> options
            && options.TryGetValue("allow_false", out var flag) && RubyValue.IsTruthy(flag);
        var missing = allowFalse ? input is null : !RubyValue.IsTruthy(input);
        return missing || RubyValue.IsEmpty(input) == true ? fallback : input;
    }

    /// <summary>Ruby's gsub/sub with a string pattern (matched literally; "" matches between every character).</summary>
    public static string Replace(string input, string pattern, string replacement, bool all)
    {
        var output = new StringBuilder(input.Length);
        var position = 0;
        var searchFrom = 0;
        while (searchFrom <= input.Length)
        {
            var at = pattern.Length == 0 ? searchFrom : input.IndexOf(pattern, searchFrom, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            output.Append(input, position, at - position);
            AppendReplacement(output, replacement, input, at, pattern.Length);
            position = at + pattern.Length;
            if (pattern.Length == 0)
            {
                if (at < input.Length)
                {
                    var step = char.IsHighSurrogate(input[at]) && at + 1 < input.Length ? 2 : 1;
                    output.Append(input, at, step);
                    position = at + step;
                }

                searchFrom = position + (at >= input.Length ? 1 : 0);
            }
            else
            {
                searchFrom = position;
            }

            if (!all)
            {
                break;
            }
        }

        if (position < input.Length)
        {
            output.Append(input, position, input.Length - position);
        }

        return output.ToString();
    }

    private static string ReplaceLast(string input, string pattern, string replacement)
    {
        var at = input.LastIndexOf(pattern, StringComparison.Ordinal);
        return at < 0 ? input : input[..at] + replacement + input[(at + pattern.Length)..];
    }

    // Ruby expands \0, \&, \` and \' (the match, before, after), \1.. (groups: none here) and \\ in a replacement string.
    private static void AppendReplacement(StringBuilder output, string replacement, string input, int at, int length)
    {
        for (var i = 0; i < replacement.Length; i++)
        {
            var c = replacement[i];
            if (c != '\\' || i + 1 >= replacement.Length)
            {
                output.Append(c);
                continue;
            }

            var next = replacement[++i];
            switch (next)
            {
                case '0' or '&':
                    output.Append(input, at, length);
                    break;
                case '`':
                    output.Append(input, 0, at);
                    break;
                case '\'':
                    output.Append(input, at + length, input.Length - at - length);
                    break;
                case '\\':
                    output.Append('\\');
                    break;
                case >= '1' and <= '9':
                    break;
                case 'k' when i + 1 < replacement.Length && replacement[i + 1] == '<' && replacement.IndexOf('>', i) is > 0 and var close:
                    i = close;
                    break;
                default:
                    output.Append('\\').Append(next);
                    break;
            }
        }
    }

    private static object? Truncate(RenderContext context, object? input, object?[] args)
    {
        if (input is null)
        {
            return null;
        }

        var text = Text(input);
        var length = RubyNumber.ToLongStrict(Argument(args, 0, 50L));
        var ellipsis = Text(Argument(args, 1, "..."));
        var keep = Math.Max(0, length - RubyString.Length(ellipsis));
        return RubyString.Length(text) > length ? RubyString.Slice(text, 0, keep) + ellipsis : text;
    }

    private static object? TruncateWords(RenderContext context, object? input, object?[] args)
    {
        if (input is null)
        {
            return null;
        }

        var text = Text(input);
        var count = Math.Max(1, RubyNumber.ToLongStrict(Argument(args, 0, 15L)));
        var words = RubyString.SplitOnWhitespace(text).Take((int)Math.Min(count + 1, int.MaxValue)).ToList();
        if (words.Count <= count)
        {
            return text;
        }

        return string.Join(' ', words.Take((int)count)) + Text(Argument(args, 1, "..."));
    }

    private static object? Slice(RenderContext context, object? input, object?[] args)
    {
        var offset = RubyNumber.ToLongStrict(args[0]);
        var length = args.Length > 1 && args[1] is not null ? RubyNumber.ToLongStrict(args[1]) : 1;
        if (input is System.Collections.IList list)
        {
            var start = offset < 0 ? offset + list.Count : offset;
            if (start < 0 || start > list.Count || length < 0)
            {
                return new List<object?>();
            }

            return list.Cast<object?>().Skip((int)start).Take((int)Math.Min(length, list.Count - start)).ToList();
        }

        return RubyString.Slice(Text(input), offset, length) ?? "";
    }

    private static string Base64Decode(string input, bool urlSafe)
    {
        var text = urlSafe ? input.Replace('-', '+').Replace('_', '/') : input;
        if (urlSafe && text.Length % 4 != 0 && !text.Contains('='))
        {
            text = text.PadRight(text.Length + (4 - text.Length % 4), '=');
        }

        try
        {
            if (text.Length % 4 != 0 || text.Any(char.IsWhiteSpace))
            {
                throw new FormatException();
            }

            return Encoding.UTF8.GetString(Convert.FromBase64String(text));
        }
        catch (FormatException)
        {
            throw new LiquidException($"invalid base64 provided to {(urlSafe ? "base64_url_safe_decode" : "base64_decode")}");
        }
    }
}
