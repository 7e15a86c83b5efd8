using System.Text;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ikim.Publisher.Site.Markdown.Extensions;

/// <summary>
/// kramdown's own extensions <c>{::comment}</c> (written as an HTML comment),
/// <c>{::nomarkdown}</c> (written raw) and <c>{::options /}</c> (accepted, ignored), as blocks
/// on lines of their own and as spans.
/// </summary>
public sealed class KramdownExtensionsExtension : KramdownFeature
{
    protected override IEnumerable<BlockParser> BlockParsers() => [new ExtensionBlockParser()];

    protected override IEnumerable<InlineParser> InlineParsers() => [new ExtensionInlineParser()];

    protected override IEnumerable<IMarkdownObjectRenderer> Renderers(MarkdownPipeline pipeline) => [new ExtensionBlockRenderer(), new ExtensionInlineRenderer()];

    /// <summary>Whether a nomarkdown body is meant for HTML (its <c>type</c> option is empty or names html).</summary>
    public static bool ForHtml(string options)
    {
        var type = Regex.Match(options, @"type=(""|')(.*?)\1");
        return !type.Success || type.Groups[2].Value.Length == 0 || type.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(t => t.Contains("html", StringComparison.Ordinal));
    }
}

public sealed class ExtensionBlock(BlockParser parser, string name, string options) : LeafBlock(parser)
{
    public string Name => name;

    public string Options => options;

    public StringBuilder Body { get; } = new();

    public bool Closed { get; set; }

    public bool SelfClosed { get; set; }
}

public sealed partial class ExtensionBlockParser : BlockParser
{
    public ExtensionBlockParser()
    {
        OpeningCharacters = ['{'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var match = Start().Match(processor.Line.ToString());
        if (!match.Success || match.Groups[1].Value is not ("comment" or "nomarkdown" or "options"))
        {
            return BlockState.None;
        }

        var block = new ExtensionBlock(this, match.Groups[1].Value, match.Groups[2].Value)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new(processor.Start, processor.Line.End),
            SelfClosed = match.Groups[3].Success || match.Groups[1].Value == "options",
        };
        processor.NewBlocks.Push(block);
        return block.SelfClosed ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var extension = (ExtensionBlock)block;
        processor.GoToColumn(processor.ColumnBeforeIndent);
        var line = processor.Line.ToString();
        extension.UpdateSpanEnd(processor.Line.End);
        var stop = Stop().Match(line);
        if (stop.Success && (!stop.Groups[1].Success || stop.Groups[1].Value == extension.Name))
        {
            extension.Closed = true;
            return BlockState.BreakDiscard;
        }

        extension.Body.Append(line).Append('\n');
        return BlockState.ContinueDiscard;
    }

    [GeneratedRegex(@"^\{::(\w+)(?:\s((?:\\\}|[^}])*?)|)(/)?\}\s*$")]
    private static partial Regex Start();

    [GeneratedRegex(@"^ {0,3}\{:/(\w+)?\}\s*$")]
    private static partial Regex Stop();
}

public sealed class ExtensionBlockRenderer : KramdownObjectRenderer<ExtensionBlock>
{
    protected override void Write(KramdownHtmlRenderer renderer, ExtensionBlock obj)
    {
        if (obj.SelfClosed)
        {
            return;
        }

        var body = obj.Body.ToString();
        body = body.EndsWith('\n') ? body[..^1] : body;
        if (obj.Name == "comment")
        {
            renderer.WriteIndent(renderer.Indent).Write("<!-- ").Write(body).Write(" -->\n");
        }
        else if (obj.Name == "nomarkdown" && KramdownExtensionsExtension.ForHtml(obj.Options))
        {
            renderer.Write(body).Write('\n');
        }
    }
}

public sealed class ExtensionInline(string name, string options, string body) : LeafInline
{
    public string Name => name;

    public string Options => options;

    public string Body => body;
}

public sealed partial class ExtensionInlineParser : InlineParser
{
    public ExtensionInlineParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = Start().Match(text, slice.Start, slice.End - slice.Start + 1);
        if (!start.Success || start.Index != slice.Start || start.Groups[1].Value is not ("comment" or "nomarkdown" or "options"))
        {
            return false;
        }

        var name = start.Groups[1].Value;
        var bodyStart = start.Index + start.Length;
        if (start.Groups[3].Success || name == "options")
        {
            processor.Inline = new ExtensionInline(name, start.Groups[2].Value, "") { Span = new(start.Index, bodyStart - 1) };
            slice.Start = bodyStart;
            return true;
        }

        var stop = new Regex(@"\{:/(" + name + @")?\}").Match(text, bodyStart, slice.End - bodyStart + 1);
        if (!stop.Success)
        {
            return false;
        }

        processor.Inline = new ExtensionInline(name, start.Groups[2].Value, text[bodyStart..stop.Index]) { Span = new(start.Index, stop.Index + stop.Length - 1) };
        slice.Start = stop.Index + stop.Length;
        return true;
    }

    [GeneratedRegex(@"\{::(\w+)(?:\s((?:\\\}|[^}])*?)|)(/)?\}")]
    private static partial Regex Start();
}

public sealed class ExtensionInlineRenderer : KramdownObjectRenderer<ExtensionInline>
{
    protected override void Write(KramdownHtmlRenderer renderer, ExtensionInline obj)
    {
        if (obj.Name == "comment" && obj.Body.Length > 0)
        {
            renderer.Write("<!-- ").Write(obj.Body).Write(" -->");
        }
        else if (obj.Name == "nomarkdown" && KramdownExtensionsExtension.ForHtml(obj.Options))
        {
            renderer.Write(obj.Body);
        }
    }
}
