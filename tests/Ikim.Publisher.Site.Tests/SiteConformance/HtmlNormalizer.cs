using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Ikim.Publisher.Site.Tests.SiteConformance;

/// <summary>
/// Turns HTML into a canonical, line-per-node outline so that two documents compare equal when a
/// browser would show them the same: attributes are sorted, entities decoded, whitespace runs
/// collapsed, and whitespace next to block boundaries dropped. Preformatted text is kept exactly.
/// The outline doubles as the readable form shown in diffs.
/// </summary>
internal static partial class HtmlNormalizer
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "body", "title", "meta", "link", "script", "style", "base", "noscript", "template",
        "address", "article", "aside", "blockquote", "details", "summary", "dialog", "dd", "div", "dl", "dt",
        "fieldset", "legend", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "li", "main", "nav", "ol", "ul", "menu", "p", "pre", "section", "table",
        "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th", "option", "optgroup", "select",
        "iframe", "math", "svg", "video", "audio", "source",
    };

    private static readonly HashSet<string> Preformatted = new(StringComparer.OrdinalIgnoreCase) { "pre", "textarea", "script", "style" };

    public static string Normalize(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = false });
        var document = parser.ParseDocument(html);
        var builder = new StringBuilder();
        foreach (var child in document.ChildNodes)
        {
            Write(child, 0, builder, preformatted: false);
        }

        return builder.ToString();
    }

    private static void Write(INode node, int depth, StringBuilder builder, bool preformatted)
    {
        var indent = new string(' ', depth * 2);
        switch (node)
        {
            case IDocumentType type:
                builder.Append(indent).Append("<!DOCTYPE ").Append(type.Name).Append(">\n");
                break;
            case IElement element:
                builder.Append(indent).Append('<').Append(element.LocalName);
                foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    builder.Append(' ').Append(attribute.Name).Append("=\"").Append(CollapseWhitespace(attribute.Value)).Append('"');
                }

                builder.Append(">\n");
                var inner = preformatted || Preformatted.Contains(element.LocalName);
                var children = element is AngleSharp.Html.Dom.IHtmlTemplateElement template ? template.Content.ChildNodes : element.ChildNodes;
                foreach (var child in children)
                {
                    Write(child, depth + 1, builder, inner);
                }

                break;
            case IText text:
                WriteText(text, indent, builder, preformatted);
                break;
            case IComment comment:
                builder.Append(indent).Append("<!--").Append(preformatted ? comment.Data : CollapseWhitespace(comment.Data).Trim()).Append("-->\n");
                break;
        }
    }

    private static void WriteText(IText text, string indent, StringBuilder builder, bool preformatted)
    {
        if (preformatted)
        {
            foreach (var line in text.Data.Split('\n'))
            {
                builder.Append(indent).Append('|').Append(line).Append('\n');
            }

            return;
        }

        var value = CollapseWhitespace(text.Data);
        if (IsBlockBoundary(text.PreviousSibling, text.Parent))
        {
            value = value.TrimStart();
        }

        if (IsBlockBoundary(text.NextSibling, text.Parent))
        {
            value = value.TrimEnd();
        }

        if (value.Length > 0)
        {
            builder.Append(indent).Append('"').Append(value).Append("\"\n");
        }
    }

    // A missing sibling is a boundary when the parent is a block; a block sibling always is.
    private static bool IsBlockBoundary(INode? sibling, INode? parent) => sibling switch
    {
        null => parent is not IElement element || BlockElements.Contains(element.LocalName),
        IElement element => BlockElements.Contains(element.LocalName),
        IComment => false,
        _ => false,
    };

    private static string CollapseWhitespace(string text) => WhitespaceRun().Replace(text, " ");

    [GeneratedRegex(@"[ \t\n\r\f]+")]
    private static partial Regex WhitespaceRun();
}
