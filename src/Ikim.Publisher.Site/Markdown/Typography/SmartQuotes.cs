using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Markdown.Typography;

/// <summary>
/// kramdown's smart quotes and typographic symbols over one run of text. kramdown's span parser
/// stops one character before a quote (its start pattern is <c>[^\\]?["']</c>) and tries its
/// quote rules there in order, so the rules see that character; the same scan is reproduced
/// here, interleaved with <c>--</c>, <c>---</c>, <c>...</c> and <c>&lt;&lt;</c>/<c>&gt;&gt;</c>.
/// </summary>
public static partial class SmartQuotes
{
    private const string Word = "[A-Za-z0-9_]";
    private const string Space = @"[ \t\r\n\f\v]";

    // Ruby's \B and \b are ASCII-word based; .NET's are Unicode-aware, so spell them out.
    private const string NotBoundary = "(?:(?<=" + Word + ")(?=" + Word + ")|(?<!" + Word + ")(?!" + Word + "))";
    private const string Boundary = "(?:(?<=" + Word + ")(?!" + Word + ")|(?<!" + Word + ")(?=" + Word + "))";
    private const string Punct = @"[!""#$%'()*+,\-./:;<=>?@\[\\\]^_`{|}~]";
    private const string Close = @"[^ \\\t\r\n\[{(\-]";

    private static readonly (Regex Pattern, string[] Substitutions)[] Rules =
    [
        (new Regex(@"\G(""|')(?=[_*]{1,2}\S)"), ["lquote1"]),
        (new Regex(@"\G(""|')(?=" + Punct + @"(?!\.\.)" + NotBoundary + ")"), ["rquote1"]),
        (new Regex(@"\G(" + Space + @"?)""'(?=" + Word + ")"), ["1", "ldquo", "lsquo"]),
        (new Regex(@"\G(" + Space + @"?)'""(?=" + Word + ")"), ["1", "lsquo", "ldquo"]),
        (new Regex(@"\G(" + Space + @"?)'(?=[0-9][0-9]s)"), ["1", "rsquo"]),
        (new Regex(@"\G(" + Space + @")('|"")(?=" + Word + ")"), ["1", "lquote2"]),
        (new Regex(@"\G(" + Close + @")('|"")"), ["1", "rquote2"]),
        (new Regex(@"\G(""|')(?=" + Space + "|s" + Boundary + @"|\n|\z)"), ["rquote1"]),
        (new Regex(@"\G(.?)'", RegexOptions.Singleline), ["1", "lsquo"]),
        (new Regex(@"\G(.?)""", RegexOptions.Singleline), ["1", "ldquo"]),
    ];

    private static readonly SearchValues<char> SymbolStarts = SearchValues.Create("-.<>\\");

    private static readonly (string Text, string Output)[] Symbols =
    [
        ("---", "\u2014"), ("--", "\u2013"), ("...", "\u2026"), ("\\<<", "<<"), ("\\>>", ">>"),
        ("<< ", "\u00ab\u00a0"), (" >>", "\u00a0\u00bb"), ("<<", "\u00ab"), (">>", "\u00bb"),
    ];

    /// <summary>
    /// Converts <paramref name="text"/> (the result is still to be HTML-escaped).
    /// <paramref name="following"/> is what kramdown would see after the run (the <c>*</c> of an
    /// emphasis that follows, say): rules look at it but never convert it.
    /// </summary>
    public static string Convert(string text, IReadOnlyList<string> quotes, bool typographic, string following = "")
    {
        var length = text.Length;
        var original = text;
        text += following;
        var position = 0;
        var firstQuoteAt = NextQuoteStart(text, position);
        var firstSymbolAt = typographic ? NextSymbol(text, position, out _) : -1;
        if ((firstQuoteAt < 0 || firstQuoteAt >= length) && (firstSymbolAt < 0 || firstSymbolAt >= length))
        {
            // Most runs of text have nothing to convert: no buffer, no copy.
            return original;
        }

        var result = new StringBuilder(text.Length);
        // The next symbol found from an earlier position is still the next one while the scan has
        // not passed it: looking again after every quote made long runs quadratic.
        var nextSymbolAt = -1;
        var nextSymbol = -1;
        var symbolSearched = false;
        while (position < length)
        {
            var quoteAt = NextQuoteStart(text, position);
            if (typographic && (!symbolSearched || (nextSymbolAt >= 0 && position > nextSymbolAt)))
            {
                nextSymbolAt = NextSymbol(text, position, out nextSymbol);
                symbolSearched = true;
            }

            var symbol = nextSymbol;
            var symbolAt = typographic ? nextSymbolAt : -1;
            quoteAt = quoteAt >= length ? -1 : quoteAt;
            symbolAt = symbolAt >= length ? -1 : symbolAt;
            if (quoteAt < 0 && symbolAt < 0)
            {
                break;
            }

            if (quoteAt >= 0 && (symbolAt < 0 || quoteAt <= symbolAt))
            {
                result.Append(text, position, quoteAt - position);
                position = ApplyQuoteRule(text, quoteAt, quotes, result);
            }
            else
            {
                result.Append(text, position, symbolAt - position);
                var (literal, output) = Symbols[symbol];
                result.Append(output);
                position = symbolAt + literal.Length;
            }
        }

        if (position < length)
        {
            result.Append(text, position, length - position);
        }

        return result.ToString();
    }

    private static int NextQuoteStart(string text, int from)
    {
        var quote = text.AsSpan(from).IndexOfAny('"', '\'');
        if (quote < 0)
        {
            return -1;
        }

        var at = from + quote;
        return at > from && text[at - 1] != '\\' ? at - 1 : at;
    }

    private static int NextSymbol(string text, int from, out int symbol)
    {
        // Every symbol starts with one of SymbolStarts, except " >>", which starts at the space
        // before a '>': so only the character before each candidate needs a look besides it.
        for (var i = from; i < text.Length;)
        {
            var found = text.AsSpan(i).IndexOfAny(SymbolStarts);
            if (found < 0)
            {
                break;
            }

            var at = i + found;
            if (text[at] == '>' && at - 1 >= from && text[at - 1] == ' ' && SymbolAt(text, at - 1, out symbol))
            {
                return at - 1;
            }

            if (SymbolAt(text, at, out symbol))
            {
                return at;
            }

            i = at + 1;
        }

        symbol = -1;
        return -1;
    }

    private static bool SymbolAt(string text, int at, out int symbol)
    {
        for (symbol = 0; symbol < Symbols.Length; symbol++)
        {
            if (string.CompareOrdinal(text, at, Symbols[symbol].Text, 0, Symbols[symbol].Text.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int ApplyQuoteRule(string text, int at, IReadOnlyList<string> quotes, StringBuilder result)
    {
        foreach (var (pattern, substitutions) in Rules)
        {
            var match = pattern.Match(text, at);
            if (!match.Success)
            {
                continue;
            }

            foreach (var substitution in substitutions)
            {
                result.Append(substitution switch
                {
                    "1" => match.Groups[1].Value,
                    "lsquo" => Quote(quotes, 0),
                    "rsquo" => Quote(quotes, 1),
                    "ldquo" => Quote(quotes, 2),
                    "rdquo" => Quote(quotes, 3),
                    _ => Substitute(substitution, match, quotes),
                });
            }

            return at + match.Length;
        }

        // Unreachable: the last two rules match any quote.
        result.Append(text[at]);
        return at + 1;
    }

    // rquote1/rquote2 and lquote1/lquote2 take the quote character from group 1 or 2.
    private static string Substitute(string substitution, Match match, IReadOnlyList<string> quotes)
    {
        var quote = match.Groups[substitution[^1] - '0'].Value;
        var left = substitution.StartsWith('l');
        return (left, quote) switch
        {
            (true, "\"") => Quote(quotes, 2),
            (true, _) => Quote(quotes, 0),
            (false, "\"") => Quote(quotes, 3),
            _ => Quote(quotes, 1),
        };
    }

    private static string Quote(IReadOnlyList<string> quotes, int index) => Entities.ToCharacter(quotes[index]);
}
