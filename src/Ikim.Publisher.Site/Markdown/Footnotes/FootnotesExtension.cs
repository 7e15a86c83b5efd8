using System.Text;
using Ikim.Publisher.Site.Markdown.Kramdown;
using Ikim.Publisher.Site.Markdown.Kramdown.Renderers;
using Ikim.Publisher.Site.Markdown.Lists;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ikim.Publisher.Site.Markdown.Footnotes;

/// <summary>
/// Footnotes with kramdown's markup: markers numbered from footnote_nr in the order they are
/// written, repeated markers with <c>:1</c>, <c>:2</c> ids, and the list of notes after the
/// content with a backlink (<c>&amp;#8617;</c>) per reference, after a no-break space.
/// </summary>
public sealed class FootnotesExtension : KramdownFeature, IKramdownTreeProcessor, IDocumentFinisher
{
    protected override IEnumerable<IMarkdownObjectRenderer> Renderers(MarkdownPipeline pipeline) => [new FootnoteLinkRenderer(), new FootnoteGroupRenderer()];

    /// <summary>Drops Markdig's own backlinks (and the paragraphs it made only to hold them).</summary>
    public void Process(KramdownContext context)
    {
        foreach (var backlink in context.Document.Descendants<FootnoteLink>().Where(l => l.IsBackLink).ToList())
        {
            var paragraph = backlink.Parent?.ParentBlock as ParagraphBlock;
            backlink.Remove();
            if (paragraph is { Inline.FirstChild: null })
            {
                paragraph.Parent?.Remove(paragraph);
            }
        }
    }

    public string Finish(KramdownHtmlRenderer renderer, string html)
    {
        var state = renderer.Context.State<FootnoteState>();
        if (state.Notes.Count == 0)
        {
            return html;
        }

        var options = renderer.Options;
        var backlinkText = KramdownHtml.EscapeText(options.FootnoteBacklink);
        var items = new StringBuilder();
        // Notes referenced only inside other notes are numbered while this list is written.
        for (var i = 0; i < state.Notes.Count; i++)
        {
            var note = state.Notes[i];
            var attributes = KramdownAttributes.Of(note.Footnote);
            attributes["id"] = "fn:" + note.Name;
            attributes["role"] = "doc-endnote";
            AddBacklinks(renderer.Context, note, options, backlinkText);
            items.Append(renderer.Capture(() => ListItemRenderer.WriteItem(renderer.At(4), note.Footnote, "li")));
        }

        var start = options.FootnoteNr != 1 ? $" start=\"{options.FootnoteNr}\"" : "";
        var list = $"  <ol{start}>\n{items}  </ol>\n";
        return html + "<div class=\"footnotes\" role=\"doc-endnotes\">\n" + list + "</div>\n";
    }

    private static void AddBacklinks(KramdownContext context, FootnoteNote note, KramdownOptions options, string backlinkText)
    {
        if (options.FootnoteBacklink.Length == 0)
        {
            return;
        }

        var last = KramdownLayout.Visible(note.Footnote).LastOrDefault();
        var paragraph = last as ParagraphBlock;
        var separator = "\u00a0";
        if (paragraph is null && options.FootnoteBacklinkInline)
        {
            paragraph = LastParagraph(note.Footnote);
        }

        if (paragraph is null)
        {
            paragraph = new ParagraphBlock { Line = context.Layout.EndLine(note.Footnote) };
            note.Footnote.Add(paragraph);
            separator = "";
        }

        var links = new StringBuilder();
        links.Append(separator).Append($"<a href=\"#fnref:{note.Name}\" class=\"reversefootnote\" role=\"doc-backlink\">{backlinkText}</a>");
        for (var repeat = 1; repeat <= note.Repeats; repeat++)
        {
            links.Append($"\u00a0<a href=\"#fnref:{note.Name}:{repeat}\" class=\"reversefootnote\" role=\"doc-backlink\">{backlinkText}<sup>{repeat + 1}</sup></a>");
        }

        context.AppendHtml(paragraph, links.ToString());
    }

    private static ParagraphBlock? LastParagraph(ContainerBlock container)
    {
        var last = KramdownLayout.Visible(container).LastOrDefault();
        return last switch
        {
            ParagraphBlock paragraph => paragraph,
            ContainerBlock inner => LastParagraph(inner),
            _ => null,
        };
    }
}

/// <summary>The footnotes written so far in this conversion, in marker order.</summary>
public sealed class FootnoteState
{
    public List<FootnoteNote> Notes { get; } = [];

    public Dictionary<Footnote, FootnoteNote> ByFootnote { get; } = [];
}

public sealed class FootnoteNote(Footnote footnote, string name, int number)
{
    public Footnote Footnote => footnote;

    public string Name => name;

    public int Number => number;

    public int Repeats { get; set; }
}

/// <summary>kramdown's <c>convert_footnote</c>; Markdig's own backlinks are dropped.</summary>
public sealed class FootnoteLinkRenderer : KramdownObjectRenderer<FootnoteLink>
{
    protected override void Write(KramdownHtmlRenderer renderer, FootnoteLink obj)
    {
        if (obj.IsBackLink || renderer.InTocEntry)
        {
            return;
        }

        var state = renderer.Context.State<FootnoteState>();
        var repeat = "";
        if (state.ByFootnote.TryGetValue(obj.Footnote, out var note))
        {
            note.Repeats++;
            repeat = ":" + note.Repeats;
        }
        else
        {
            var name = renderer.Options.FootnotePrefix + (obj.Footnote.Label ?? "").TrimStart('^');
            note = new FootnoteNote(obj.Footnote, name, renderer.Options.FootnoteNr + state.Notes.Count);
            state.Notes.Add(note);
            state.ByFootnote[obj.Footnote] = note;
        }

        renderer.Write($"<sup id=\"fnref:{note.Name}{repeat}\" role=\"doc-noteref\"><a href=\"#fn:{note.Name}\" class=\"footnote\" rel=\"footnote\">{note.Number}</a></sup>");
    }
}

/// <summary>The notes are written by the document finisher, not where Markdig collected them.</summary>
public sealed class FootnoteGroupRenderer : KramdownObjectRenderer<FootnoteGroup>
{
    protected override void Write(KramdownHtmlRenderer renderer, FootnoteGroup obj)
    {
    }
}
