using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ikim.Publisher.Site.Markdown.Abbreviations;

/// <summary>
/// kramdown's abbreviations: <c>*[HTML]: HyperText Markup Language</c> definitions anywhere in
/// the document, and every later match in text (after a non-word character or a line start, not
/// before a word character, so <c>(HTML)</c> and <c>HTML-ish</c> match) written as
/// <c>&lt;abbr title="…"&gt;</c>, without a title when the definition is empty.
/// </summary>
public sealed class AbbreviationsExtension : KramdownFeature, IKramdownTreeProcessor
{
    protected override IEnumerable<BlockParser> BlockParsers() => [new AbbreviationDefinitionParser()];

    protected override IEnumerable<IMarkdownObjectRenderer> Renderers(MarkdownPipeline pipeline) => [new AbbreviationRenderer()];

    public void Process(KramdownContext context)
    {
        var definitions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in context.Document.Descendants<AbbreviationDefinition>())
        {
            definitions[definition.Abbreviation] = definition.Title;
        }

        if (definitions.Count == 0)
        {
            return;
        }

        // Longest first, as kramdown sorts them, so "HTML5" wins over "HTML".
        var alternatives = string.Join('|', definitions.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        var pattern = new Regex(@"(?<=\W|^)(?:" + alternatives + @")(?!\w)", RegexOptions.Multiline);
        foreach (var literal in context.Document.Descendants<LiteralInline>().ToList())
        {
            Split(literal, pattern, definitions);
        }
    }

    private static void Split(LiteralInline literal, Regex pattern, Dictionary<string, string> definitions)
    {
        var text = literal.Content.ToString();
        var matches = pattern.Matches(text);
        if (matches.Count == 0 || literal.IsFirstCharacterEscaped)
        {
            return;
        }

        Inline current = literal;
        var position = 0;
        foreach (Match match in matches)
        {
            current = InsertAfter(current, new LiteralInline(text[position..match.Index]));
            current = InsertAfter(current, new AbbreviationElement(match.Value, definitions[match.Value]));
            position = match.Index + match.Length;
        }

        InsertAfter(current, new LiteralInline(text[position..]));
        literal.Remove();
    }

    private static Inline InsertAfter(Inline anchor, Inline inline)
    {
        if (inline is LiteralInline { Content.Length: 0 })
        {
            return anchor;
        }

        anchor.InsertAfter(inline);
        return inline;
    }
}

/// <summary>kramdown's ABBREV_DEFINITION_START: <c>*[ABBR]: title</c> on a line of its own.</summary>
public sealed partial class AbbreviationDefinitionParser : BlockParser
{
    public AbbreviationDefinitionParser()
    {
        OpeningCharacters = ['*'];
    }

    // kramdown reads such a line inside a paragraph as text of the paragraph.
    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var match = Definition().Match(processor.Line.ToString());
        if (processor.IsCodeIndent || !match.Success)
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new AbbreviationDefinition(this, match.Groups[1].Value, match.Groups[2].Value.Trim())
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new(processor.Start, processor.Line.End),
        });
        return BlockState.BreakDiscard;
    }

    [GeneratedRegex(@"^\*\[(.+?)\]:(.*)$")]
    private static partial Regex Definition();
}

public sealed class AbbreviationDefinition(BlockParser parser, string abbreviation, string title) : LeafBlock(parser), IInvisibleBlock
{
    public string Abbreviation => abbreviation;

    public string Title => title;
}

public sealed class AbbreviationElement(string abbreviation, string title) : LeafInline
{
    public string Abbreviation => abbreviation;

    public string Title => title;
}

public sealed class AbbreviationRenderer : KramdownObjectRenderer<AbbreviationElement>
{
    protected override void Write(KramdownHtmlRenderer renderer, AbbreviationElement obj)
    {
        var attributes = new KramdownAttributes();
        if (obj.Title.Length > 0)
        {
            attributes["title"] = obj.Title;
        }

        renderer.Write("<abbr").Write(attributes.ToHtml()).Write('>').Write(KramdownHtml.EscapeAll(obj.Abbreviation)).Write("</abbr>");
    }
}
