using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// Jekyll's smartify: kramdown's SmartyPants parser (smart quotes, typographic symbols, HTML
/// entities and span HTML) with kramdown's HTML output as Jekyll configures it (entities as
/// characters, text HTML-escaped). Block-level HTML is treated as span text.
/// </summary>
internal static partial class SmartyPants
{
    private const string SqPunct = @"[!""#$%'()*+,\-./:;<=>?@\[\\\]^_`{|}~]";
    private const string SqClose = @"[^ \\\t\r\n\[{(-]";

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    // kramdown's SQ_RULES, in order: the pattern and what each group or quote becomes.
    private static readonly (Regex Pattern, string[] Substitutions)[] QuoteRules =
    [
        (new Regex(@"\G(""|')(?=[_*]{1,2}[^ \t\r\n\f\v])"), ["lquote1"]),
        (new Regex(@"\G(""|')(?=" + SqPunct + @"(?!\.\.)\B)"), ["rquote1"]),
        (new Regex(@"\G([ \t\r\n\f\v]?)""'(?=[a-zA-Z0-9_])"), ["1", "ldquo", "lsquo"]),
        (new Regex(@"\G([ \t\r\n\f\v]?)'""(?=[a-zA-Z0-9_])"), ["1", "lsquo", "ldquo"]),
        (new Regex(@"\G([ \t\r\n\f\v]?)'(?=[0-9][0-9]s)"), ["1", "rsquo"]),
        (new Regex(@"\G([ \t\r\n\f\v])('|"")(?=[a-zA-Z0-9_])"), ["1", "lquote2"]),
        (new Regex(@"\G(" + SqClose + @")('|"")"), ["1", "rquote2"]),
        (new Regex(@"\G(""|')(?=[ \t\r\n\f\v]|s\b|$)", RegexOptions.Multiline), ["rquote1"]),
        (new Regex(@"\G(.?)'", RegexOptions.Singleline), ["1", "lsquo"]),
        (new Regex(@"\G(.?)""", RegexOptions.Singleline), ["1", "ldquo"]),
    ];

    public static string Convert(string text)
    {
        // kramdown's adapt_source: \r\n and \r become \n, one trailing newline is replaced by exactly one.
        var source = Newlines().Replace(text, "\n");
        source = (source.EndsWith('\n') ? source[..^1] : source) + "\n";
        var output = new StringBuilder(source.Length + 16);
        var position = 0;
        ParseSpans(source, ref position, null, output);
        var html = output.ToString();
        return html.EndsWith('\n') ? html[..^1] : html;
    }

    // kramdown's parse_spans: text up to the next span start, then the first parser that accepts it.
    private static bool ParseSpans(string source, ref int position, Regex? stop, StringBuilder output)
    {
        while (position < source.Length)
        {
            var next = SpanStart().Match(source, position);
            if (!next.Success)
            {
                if (stop is not null)
                {
                    return false;
                }

                output.Append(EscapeText(source[position..]));
                position = source.Length;
                break;
            }

            output.Append(EscapeText(source[position..next.Index]));
            position = next.Index;
            if (stop is not null && stop.Match(source, position).Success)
            {
                return true;
            }

            if (!SmartQuotes(source, ref position, output) && !Entity(source, ref position, output)
                && !TypographicSymbol(source, ref position, output) && !SpanHtml(source, ref position, output))
            {
                output.Append(EscapeText(source[position].ToString()));
                position++;
            }
        }

        return false;
    }

    private static bool SmartQuotes(string source, ref int position, StringBuilder output)
    {
        if (!SmartQuoteStart().Match(source, position).Success)
        {
            return false;
        }

        foreach (var (pattern, substitutions) in QuoteRules)
        {
            var match = pattern.Match(source, position);
            if (!match.Success)
            {
                continue;
            }

            position += match.Length;
            foreach (var substitution in substitutions)
            {
                if (substitution is "1")
                {
                    output.Append(EscapeText(match.Groups[1].Value));
                    continue;
                }

                var quote = substitution.EndsWith('1') || substitution.EndsWith('2')
                    ? match.Groups[substitution[^1] - '0'].Value
                    : null;
                output.Append((substitution, quote) switch
                {
                    ("rquote1" or "rquote2", "\"") => '\u201d',
                    ("rquote1" or "rquote2", _) => '\u2019',
                    ("lquote1" or "lquote2", "\"") => '\u201c',
                    ("lquote1" or "lquote2", _) => '\u2018',
                    ("ldquo", _) => '\u201c',
                    ("rdquo", _) => '\u201d',
                    ("lsquo", _) => '\u2018',
                    _ => '\u2019',
                });
            }

            return true;
        }

        return false;
    }

    // &name; &#123; &#x7b;: the character itself, except those HTML needs escaped (and unknown names, which stay text).
    private static bool Entity(string source, ref int position, StringBuilder output)
    {
        var match = EntityPattern().Match(source, position);
        if (!match.Success)
        {
            return false;
        }

        position += match.Length;
        var decoded = WebUtility.HtmlDecode(match.Value);
        if (decoded == match.Value)
        {
            output.Append("&amp;").Append(EscapeText(match.Value[1..]));
        }
        else if (decoded is "&" or "<" or ">")
        {
            output.Append(match.Value);
        }
        else
        {
            output.Append(decoded);
        }

        return true;
    }

    private static bool TypographicSymbol(string source, ref int position, StringBuilder output)
    {
        var match = TypographicSymbols().Match(source, position);
        if (!match.Success)
        {
            return false;
        }

        position += match.Length;
        output.Append(match.Value switch
        {
            "---" => "\u2014",
            "--" => "\u2013",
            "..." => "\u2026",
            "\\<<" => "&lt;&lt;",
            "\\>>" => "&gt;&gt;",
            "<< " => "\u00ab\u00a0",
            " >>" => "\u00a0\u00bb",
            "<<" => "\u00ab",
            _ => "\u00bb",
        });
        return true;
    }

    // Span-level HTML: tags pass through (attributes re-written with double quotes), their content is parsed too.
    private static bool SpanHtml(string source, ref int position, StringBuilder output)
    {
        if (!SpanHtmlStart().Match(source, position).Success)
        {
            return false;
        }

        if (Comment().Match(source, position) is { Success: true } comment)
        {
            output.Append(comment.Value);
            position += comment.Length;
            return true;
        }

        if (CloseTag().Match(source, position) is { Success: true } stray)
        {
            output.Append(EscapeText(stray.Value));
            position += stray.Length;
            return true;
        }

        var tag = OpenTag().Match(source, position);
        if (!tag.Success)
        {
            output.Append(EscapeText(source[position].ToString()));
            position++;
            return true;
        }

        position += tag.Length;
        var name = tag.Groups[1].Value;
        output.Append('<').Append(name);
        foreach (Match attribute in Attribute().Matches(tag.Groups[2].Value))
        {
            var value = attribute.Groups[2].Success ? attribute.Groups[2].Value : attribute.Groups[4].Success ? attribute.Groups[4].Value : "";
            output.Append(' ').Append(attribute.Groups[1].Value).Append("=\"")
                .Append(EscapeText(LineBreaks().Replace(value, " ")).Replace("\"", "&quot;")).Append('"');
        }

        if (tag.Groups[4].Success || VoidElements.Contains(name))
        {
            output.Append(" />");
            return true;
        }

        output.Append('>');
        var end = new Regex(@"\G</" + Regex.Escape(name) + @"[ \t\r\n\f\v]*>", RegexOptions.IgnoreCase);
        if (ParseSpans(source, ref position, end, output))
        {
            position += end.Match(source, position).Length;
        }
        else
        {
            output.Append(EscapeText(source[position..]));
            position = source.Length;
        }

        output.Append("</").Append(name).Append('>');
        return true;
    }

    private static string EscapeText(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    [GeneratedRegex(@"(?=[^\\]?[""']|&|--|\.\.\.|(?:\\| )?(?:<<|>>)|<)", RegexOptions.Singleline)]
    private static partial Regex SpanStart();

    [GeneratedRegex(@"\G[^\\]?[""']", RegexOptions.Singleline)]
    private static partial Regex SmartQuoteStart();

    [GeneratedRegex(@"\G(?:&([a-zA-Z0-9_:][\-a-zA-Z0-9_.:]*);|&#([0-9]+);|&\#x([0-9a-fA-F]+);)")]
    private static partial Regex EntityPattern();

    [GeneratedRegex(@"\G(?:---|--|\.\.\.|\\<<|\\>>|<< | >>|<<|>>)")]
    private static partial Regex TypographicSymbols();

    [GeneratedRegex(@"\G<(?:[a-zA-Z_:][\w:.-]*|\?|!--|/)")]
    private static partial Regex SpanHtmlStart();

    [GeneratedRegex(@"\G<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\G</([a-zA-Z_:][\w:.-]*)[ \t\r\n\f\v]*>")]
    private static partial Regex CloseTag();

    [GeneratedRegex(@"\G<((?>[a-zA-Z_:][\w:.-]*))[ \t\r\n\f\v]*((?>[ \t\r\n\f\v]+[a-zA-Z_:][\w:.-]*(?:[ \t\r\n\f\v]*=[ \t\r\n\f\v]*(?:\w+|(""|').*?\3))?)*)[ \t\r\n\f\v]*(/)?>", RegexOptions.Singleline)]
    private static partial Regex OpenTag();

    [GeneratedRegex(@"[ \t\r\n\f\v]*([a-zA-Z_:][\w:.-]*)(?:[ \t\r\n\f\v]*=[ \t\r\n\f\v]*(?:(\w+)|(""|')(.*?)\3))?", RegexOptions.Singleline)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"\n+")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"\r\n?")]
    private static partial Regex Newlines();
}
