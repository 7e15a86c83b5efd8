using System.Text;
using Ikim.Publisher.Site.Markdown.Kramdown;
using Ikim.Publisher.Site.Markdown.Kramdown.Renderers;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Ikim.Publisher.Site.Markdown.TableOfContents;

/// <summary>
/// kramdown's <c>{:toc}</c>: the first list carrying the <c>toc</c> reference is replaced by a
/// nested list of links to the headings written (toc_levels, no <c>.no_toc</c>), with
/// kramdown's odd whitespace: a nested list follows its link on the same line.
/// </summary>
public sealed class TableOfContentsExtension : KramdownFeature, IDocumentFinisher
{
    private const string Placeholder = "\u0001kramdown-toc\u0001";

    /// <summary>Called by the list renderer: true when this list is the TOC placeholder.</summary>
    public static bool TryWritePlaceholder(KramdownHtmlRenderer renderer, ListBlock list)
    {
        var state = renderer.Context.State<TocState>();
        if (state.List is not null || KramdownAttributes.Find(list) is not { } attributes || !attributes.References.Contains("toc"))
        {
            return false;
        }

        state.List = list;
        renderer.Write(Placeholder);
        return true;
    }

    /// <summary>Called by the heading renderer for every heading written.</summary>
    public static void Collect(KramdownHtmlRenderer renderer, HeadingBlock heading)
    {
        var attributes = KramdownAttributes.Find(heading);
        var id = attributes?["id"];
        var css = attributes?["class"] ?? "";
        if (string.IsNullOrEmpty(id) || !renderer.Options.TocLevels.Contains(heading.Level) || css.Split(' ').Contains("no_toc"))
        {
            return;
        }

        renderer.Context.State<TocState>().Entries.Add((heading.Level, id, heading));
    }

    public string Finish(KramdownHtmlRenderer renderer, string html)
    {
        var state = renderer.Context.State<TocState>();
        if (state.List is null)
        {
            return html;
        }

        var attributes = KramdownAttributes.Find(state.List)!.Clone();
        attributes["id"] ??= "markdown-toc";
        var tag = state.List.IsOrdered ? "ol" : "ul";
        var toc = state.Entries.Count == 0 ? "" : WriteList(renderer, tag, attributes.ToHtml(), attributes["id"]!, Tree(state.Entries), 0);
        var at = html.IndexOf(Placeholder, StringComparison.Ordinal);
        return html[..at] + toc + html[(at + Placeholder.Length)..];
    }

    private static List<TocNode> Tree(List<(int Level, string Id, HeadingBlock Heading)> entries)
    {
        var roots = new List<TocNode>();
        var stack = new Stack<TocNode>();
        foreach (var (level, id, heading) in entries)
        {
            var node = new TocNode(level, id, heading);
            while (stack.Count > 0 && stack.Peek().Level >= level)
            {
                stack.Pop();
            }

            (stack.Count == 0 ? roots : stack.Peek().Children).Add(node);
            stack.Push(node);
        }

        return roots;
    }

    private static string WriteList(KramdownHtmlRenderer renderer, string tag, string attributes, string listId, List<TocNode> nodes, int indent)
    {
        var items = new StringBuilder();
        foreach (var node in nodes)
        {
            renderer.InTocEntry = true;
            var text = renderer.Inlines(node.Heading.Inline);
            renderer.InTocEntry = false;
            var link = $"<a href=\"#{KramdownHtml.EscapeAttribute(node.Id)}\" id=\"{KramdownHtml.EscapeAttribute(listId + "-" + node.Id)}\">{text}</a>";
            items.Append(' ', indent + 2).Append("<li>").Append(link);
            if (node.Children.Count > 0)
            {
                items.Append(WriteList(renderer, tag, "", listId, node.Children, indent + 4)).Append(' ', indent + 2);
            }

            items.Append("</li>\n");
        }

        return new string(' ', indent) + "<" + tag + attributes + ">\n" + items + new string(' ', indent) + "</" + tag + ">\n";
    }

    private sealed record TocNode(int Level, string Id, HeadingBlock Heading)
    {
        public List<TocNode> Children { get; } = [];
    }
}

public sealed class TocState
{
    public ListBlock? List { get; set; }

    public List<(int Level, string Id, HeadingBlock Heading)> Entries { get; } = [];
}
