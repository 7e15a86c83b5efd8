using System.Text;
using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Markdown.Kramdown;

/// <summary>
/// kramdown's <c>escape_html</c>: text escapes &lt; &gt; &amp; but leaves character references
/// (<c>&amp;copy;</c>) alone, attributes also escape the double quote, code escapes everything.
/// </summary>
public static partial class KramdownHtml
{
    public static string EscapeText(string text) => Escape(text, attribute: false, keepReferences: true);

    public static string EscapeAttribute(string text) => Escape(text, attribute: true, keepReferences: true);

    public static string EscapeAll(string text) => Escape(text, attribute: false, keepReferences: false);

    private static string Escape(string text, bool attribute, bool keepReferences)
    {
        if (text.AsSpan().IndexOfAny("<>&\"") < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '<':
                    result.Append("&lt;");
                    break;
                case '>':
                    result.Append("&gt;");
                    break;
                case '"' when attribute:
                    result.Append("&quot;");
                    break;
                case '&':
                    var reference = keepReferences ? Reference().Match(text, i) : Match.Empty;
                    if (reference.Success && reference.Index == i)
                    {
                        result.Append(reference.Value);
                        i += reference.Length - 1;
                    }
                    else
                    {
                        result.Append("&amp;");
                    }

                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    // REXML's REFERENCE_RE, which kramdown uses to spot references it must not escape again.
    [GeneratedRegex(@"\G&(?:[A-Za-z_:][\w\-.:]*;|#\d+;|#x[0-9a-fA-F]+;)")]
    private static partial Regex Reference();
}
