using System.Text;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Markdown.Kramdown;

namespace Ikim.Publisher.Site.Markdown.HtmlBlocks;

/// <summary>
/// Raw HTML as kramdown passes it through: its HTML parser reads the elements and the converter
/// writes them back, so tags come out normalised (see <see cref="HtmlTag"/>) and text between
/// them escaped (references kept), except inside script and style.
/// </summary>
public static partial class RawHtml
{
    public static string Normalise(string html)
    {
        var result = new StringBuilder(html.Length + 16);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0 && html.IndexOf("-->", i + 4, StringComparison.Ordinal) is var end and >= 0)
                {
                    result.Append(html, i, end + 3 - i);
                    i = end + 3;
                    continue;
                }

                if (string.CompareOrdinal(html, i, "<?", 0, 2) == 0 && html.IndexOf("?>", i + 2, StringComparison.Ordinal) is var pi and >= 0)
                {
                    result.Append(html, i, pi + 2 - i);
                    i = pi + 2;
                    continue;
                }

                if (HtmlTag.ReadStart(html, i) is { } start)
                {
                    result.Append(StartTag(start, null));
                    i += start.Length;
                    if (start.Name is "script" or "style" && !start.SelfClosed)
                    {
                        i = CopyRawBody(html, i, start.Name, result);
                    }

                    continue;
                }

                if (HtmlTag.ReadEnd(html, i) is { } close)
                {
                    var name = HtmlTag.IsKnown(close.Name.ToLowerInvariant()) ? close.Name.ToLowerInvariant() : close.Name;
                    result.Append("</").Append(name).Append('>');
                    i += close.Length;
                    continue;
                }
            }

            var next = html.IndexOf('<', i + 1);
            var text = next < 0 ? html[i..] : html[i..next];
            result.Append(KramdownHtml.EscapeText(text));
            i += text.Length;
        }

        return result.ToString();
    }

    /// <summary>A start tag written back, with IAL attributes merged in after its own.</summary>
    public static string StartTag(StartTag tag, KramdownAttributes? extra)
    {
        var attributes = new KramdownAttributes();
        foreach (var (key, value) in tag.Attributes)
        {
            if (key != "markdown")
            {
                attributes[key] = value;
            }
        }

        if (extra is not null)
        {
            foreach (var (key, value) in extra.Items)
            {
                if (key == "class")
                {
                    attributes.AddClass(value);
                }
                else
                {
                    attributes[key] = value;
                }
            }
        }

        var open = "<" + tag.Name + HtmlTag.Attributes(attributes.Items);
        return tag.SelfClosed || HtmlTag.VoidElements.Contains(tag.Name) ? open + " />" : open + ">";
    }

    private static int CopyRawBody(string html, int from, string name, StringBuilder result)
    {
        var close = RawClose(name).Match(html, from);
        if (!close.Success)
        {
            result.Append(html, from, html.Length - from);
            return html.Length;
        }

        result.Append(html, from, close.Index - from).Append("</").Append(name).Append('>');
        return close.Index + close.Length;
    }

    private static Regex RawClose(string name) => name == "script" ? ScriptClose() : StyleClose();

    [GeneratedRegex(@"</script\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptClose();

    [GeneratedRegex(@"</style\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex StyleClose();
}
