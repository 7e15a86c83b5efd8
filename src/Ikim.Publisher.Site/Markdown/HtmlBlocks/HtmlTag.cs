using System.Text;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Markdown.Kramdown;

namespace Ikim.Publisher.Site.Markdown.HtmlBlocks;

/// <summary>
/// HTML tags as kramdown's HTML parser reads and its converter writes them back: element names
/// of known HTML elements lowercased, every attribute double-quoted (a bare attribute gets an
/// empty value), void elements closed with <c> /&gt;</c>.
/// </summary>
public static partial class HtmlTag
{
    public static readonly HashSet<string> SpanElements = new(StringComparer.Ordinal)
    {
        "a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code", "del", "dfn", "em", "i", "img", "input",
        "ins", "kbd", "label", "mark", "option", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "samp", "select", "small",
        "span", "strong", "sub", "sup", "tt", "u", "var",
    };

    public static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "applet", "body", "blockquote", "caption", "col", "colgroup", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
        "head", "iframe", "legend", "menu", "li", "main", "map", "nav", "ol", "optgroup", "p", "pre", "section", "summary",
        "table", "tbody", "td", "th", "thead", "tfoot", "tr", "ul",
    };

    public static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>kramdown's HTML_CONTENT_MODEL for <c>markdown="1"</c>: block, span or raw.</summary>
    public static string ContentModel(string name) => name switch
    {
        "address" or "applet" or "article" or "aside" or "blockquote" or "body" or "dd" or "details" or "div" or "dl" or
        "fieldset" or "figure" or "figcaption" or "footer" or "form" or "header" or "hgroup" or "iframe" or "li" or "main" or
        "map" or "menu" or "nav" or "noscript" or "object" or "section" or "summary" or "td" => "block",
        "a" or "abbr" or "acronym" or "b" or "bdo" or "big" or "button" or "cite" or "caption" or "del" or "dfn" or "dt" or
        "em" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "i" or "ins" or "label" or "legend" or "optgroup" or "p" or
        "q" or "rb" or "rbc" or "rp" or "rt" or "rtc" or "ruby" or "select" or "small" or "span" or "strong" or "sub" or
        "sup" or "th" or "tt" => "span",
        _ => "raw",
    };

    public static bool IsKnown(string lowerName) =>
        SpanElements.Contains(lowerName) || BlockElements.Contains(lowerName) || VoidElements.Contains(lowerName) || ContentModel(lowerName) != "raw"
        || lowerName is "script" or "style" or "math" or "option" or "textarea" or "pre" or "code" or "kbd" or "samp" or "var";

    /// <summary>A start tag at <paramref name="start"/> (kramdown's HTML_TAG_RE), or null.</summary>
    public static StartTag? ReadStart(string text, int start)
    {
        var match = StartTagPattern().Match(text, start);
        if (!match.Success || match.Index != start)
        {
            return null;
        }

        var name = match.Groups[1].Value;
        if (IsKnown(name.ToLowerInvariant()))
        {
            name = name.ToLowerInvariant();
        }

        var attributes = new List<KeyValuePair<string, string>>();
        foreach (Match attribute in AttributePattern().Matches(match.Groups[2].Value))
        {
            var key = IsKnown(name) ? attribute.Groups[1].Value.ToLowerInvariant() : attribute.Groups[1].Value;
            var value = attribute.Groups[2].Success ? attribute.Groups[2].Value : attribute.Groups[4].Success ? attribute.Groups[4].Value : "";
            attributes.RemoveAll(a => a.Key == key);
            attributes.Add(new(key, value));
        }

        return new StartTag(name, attributes, match.Groups[4].Success, match.Length);
    }

    /// <summary>A closing tag at <paramref name="start"/>, or null.</summary>
    public static (string Name, int Length)? ReadEnd(string text, int start)
    {
        var match = EndTagPattern().Match(text, start);
        return match.Success && match.Index == start ? (match.Groups[1].Value, match.Length) : null;
    }

    public static string Attributes(IEnumerable<KeyValuePair<string, string>> attributes)
    {
        var result = new StringBuilder();
        foreach (var (key, value) in attributes)
        {
            result.Append(' ').Append(key).Append("=\"").Append(KramdownHtml.EscapeAttribute(value)).Append('"');
        }

        return result.ToString();
    }

    /// <summary>A span-level tag written back: start tags normalised, end tags and comments as they were.</summary>
    public static string NormaliseInline(string tag)
    {
        if (ReadStart(tag, 0) is { } start && start.Length == tag.Length)
        {
            var attributes = start.Attributes.Select(a => new KeyValuePair<string, string>(a.Key, a.Value.Replace('\n', ' ')));
            var open = "<" + start.Name + Attributes(attributes);
            if (VoidElements.Contains(start.Name))
            {
                return open + " />";
            }

            return start.SelfClosed ? open + "></" + start.Name + ">" : open + ">";
        }

        return tag;
    }

    [GeneratedRegex(@"\G<([A-Za-z_:][\w:.\-]*)\s*((?:\s+[A-Za-z_:][\w:.\-]*(?:\s*=\s*(?:[\p{L}\p{Mn}\p{Nd}\p{Pc}]+|(""|').*?\3))?)*)\s*(/)?>", RegexOptions.Singleline)]
    private static partial Regex StartTagPattern();

    [GeneratedRegex(@"\s*([A-Za-z_:][\w:.\-]*)(?:\s*=\s*(?:([\p{L}\p{Mn}\p{Nd}\p{Pc}]+)|(""|')(.*?)\3))?", RegexOptions.Singleline)]
    private static partial Regex AttributePattern();

    [GeneratedRegex(@"\G</([A-Za-z_:][\w:.\-]*)\s*>")]
    private static partial Regex EndTagPattern();
}

public sealed record StartTag(string Name, List<KeyValuePair<string, string>> Attributes, bool SelfClosed, int Length);
