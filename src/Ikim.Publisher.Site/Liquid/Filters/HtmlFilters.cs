using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Liquid.Runtime;
using static Ikim.Publisher.Site.Liquid.Filters.FilterInput;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>Liquid's HTML and URL-encoding filters: escape, escape_once, strip_html, newline_to_br, url_encode, url_decode.</summary>
internal static partial class HtmlFilters
{
    public static void Register(FilterRegistry.Builder filters)
    {
        filters.Add("escape", 0, 0, (_, input, _) => input is null ? null : EscapeHtml(Text(input)));
        filters.Add("h", 0, 0, (_, input, _) => input is null ? null : EscapeHtml(Text(input)));
        filters.Add("escape_once", 0, 0, (_, input, _) => EscapeOnce().Replace(Text(input), match => EscapeHtml(match.Value)));
        filters.Add("strip_html", 0, 0, (_, input, _) => HtmlTag().Replace(HtmlBlock().Replace(Text(input), ""), ""));
        filters.Add("newline_to_br", 0, 0, (_, input, _) => Newline().Replace(Text(input), "<br />\n"));
        filters.Add("url_encode", 0, 0, (_, input, _) => input is null ? null : CgiEscape(Text(input)));
        filters.Add("url_decode", 0, 0, (_, input, _) => input is null ? null : CgiUnescape(Text(input)));
    }

    /// <summary>CGI.escapeHTML: &amp; &lt; &gt; &quot; and &#39;.</summary>
    public static string EscapeHtml(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var output = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            output.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return output.ToString();
    }

    /// <summary>CGI.escape: every byte but letters, digits and <c>_.-~</c> as %XX, spaces as '+'.</summary>
    public static string CgiEscape(string text)
    {
        var output = new StringBuilder(text.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b == ' ')
            {
                output.Append('+');
            }
            else if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'_' or (byte)'.' or (byte)'-' or (byte)'~')
            {
                output.Append((char)b);
            }
            else
            {
                output.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return output.ToString();
    }

    /// <summary>CGI.unescape: '+' is a space, %XX a byte; the result must be valid UTF-8.</summary>
    public static string CgiUnescape(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '+')
            {
                bytes.Add((byte)' ');
            }
            else if (text[i] == '%' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
            {
                bytes.Add(byte.Parse(text.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
                bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, width)));
                i += width - 1;
            }
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            throw new LiquidException("invalid byte sequence in UTF-8");
        }
    }

    [GeneratedRegex(@"[""><']|&(?!([a-zA-Z]+|(#[0-9]+));)")]
    private static partial Regex EscapeOnce();

    [GeneratedRegex(@"<script.*?</script>|<!--.*?-->|<style.*?</style>", RegexOptions.Singleline)]
    private static partial Regex HtmlBlock();

    [GeneratedRegex(@"<.*?>", RegexOptions.Singleline)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\r?\n")]
    private static partial Regex Newline();
}
