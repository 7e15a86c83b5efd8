using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ikim.Publisher.Site.Markdown.HeaderIds;

/// <summary>
/// Header ids as kramdown sets them: an explicit <c>{#id}</c> at the end of the heading text,
/// else (with auto_ids) the GFM id of <see cref="KramdownHeaderId"/>, numbered <c>-1</c>, <c>-2</c>…
/// per document, with auto_id_prefix. Headings inside <c>markdown="1"</c> HTML get kramdown's
/// basic id instead, as the GFM parser never visits them. Ids from IALs win.
/// </summary>
public sealed partial class KramdownHeaderIdExtension : KramdownFeature, IKramdownTreeProcessor
{
    /// <summary>Strips a trailing <c>{#id}</c> from headings; runs before IALs are applied.</summary>
    public static void ReadExplicitIds(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Inline?.LastChild is LiteralInline last)
            {
                var text = last.Content.ToString();
                var match = ExplicitId().Match(text);
                if (match.Success && (match.Index > 0 || last.PreviousSibling is not null))
                {
                    last.Content = new StringSlice(text[..match.Index].TrimEnd(' ', '\t'));
                    KramdownAttributes.Of(heading)["id"] = match.Groups[1].Value;
                }
            }
        }
    }

    public void Process(KramdownContext context)
    {
        if (!context.Options.AutoIds)
        {
            return;
        }

        var gfmCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var basicUsed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in context.Document.Descendants<HeadingBlock>())
        {
            var attributes = KramdownAttributes.Of(heading);
            if (attributes.Contains("id"))
            {
                continue;
            }

            var text = PlainText.Of(heading.Inline);
            attributes["id"] = InsideHtml(heading)
                ? context.Options.AutoIdPrefix + Basic(text, basicUsed)
                : context.Options.AutoIdPrefix + Gfm(text, gfmCounts);
        }
    }

    private static string Gfm(string text, Dictionary<string, int> counts)
    {
        var id = KramdownHeaderId.FromText(text);
        var seen = counts.GetValueOrDefault(id);
        counts[id] = seen + 1;
        return seen == 0 ? id : $"{id}-{seen}";
    }

    private static string Basic(string text, Dictionary<string, int> used)
    {
        var id = KramdownHeaderId.BasicFromText(text);
        if (id.Length == 0)
        {
            id = "section";
        }

        if (used.TryGetValue(id, out var count))
        {
            used[id] = count + 1;
            return $"{id}-{count + 1}";
        }

        used[id] = 0;
        return id;
    }

    private static bool InsideHtml(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IKramdownHtmlContainer)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[\t ]\{#([A-Za-z_:][\w.:\-]*)\}[\t ]*$")]
    private static partial Regex ExplicitId();
}

public static class KramdownHeaderIdPipelineExtensions
{
    public static MarkdownPipelineBuilder UseKramdownHeaderIds(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<KramdownHeaderIdExtension>();
        return pipeline;
    }
}
