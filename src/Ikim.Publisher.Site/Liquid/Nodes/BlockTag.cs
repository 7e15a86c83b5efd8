using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Liquid.Parsing;
using Ikim.Publisher.Site.Liquid.Runtime;

namespace Ikim.Publisher.Site.Liquid.Nodes;

/// <summary>What a tag is parsed from: its name and markup, where it is, and the tokens after it (for blocks).</summary>
internal sealed record TagSource(string Name, string Markup, SourcePosition Position, Tokenizer Tokens, ParseContext Context);

/// <summary>A tag without a body (<c>assign</c>, <c>cycle</c>…).</summary>
internal abstract class Tag(TagSource source) : Node(source.Position)
{
    public string TagName { get; } = source.Name;
}

/// <summary>
/// Liquid::Block: a tag with a body that runs to <c>end&lt;name&gt;</c>. Tags met inside the body
/// that the body does not know (<c>else</c>, <c>when</c>…) are handed to <see cref="UnknownTag"/>.
/// </summary>
internal abstract class BlockTag(TagSource source) : Tag(source)
{
    private bool _blank = true;

    public override bool IsBlank => _blank;

    protected string BlockDelimiter => "end" + TagName;

    public static LiquidException UnknownTagError(string tag, string blockName, string blockDelimiter) =>
        tag == "else" ? LiquidException.Syntax($"{blockName} tag does not expect 'else' tag")
        : tag.StartsWith("end", StringComparison.Ordinal) ? LiquidException.Syntax($"'{tag}' is not a valid delimiter for {blockName} tags. use {blockDelimiter}")
        : LiquidException.Syntax($"Unknown tag '{tag}'");

    /// <summary>Parses one body; true when it stopped at a tag <see cref="UnknownTag"/> accepted, false at the end tag.</summary>
    protected bool ParseBody(BlockBody body, TagSource source)
    {
        var context = source.Context;
        if (context.Depth >= ParseContext.MaxDepth)
        {
            throw new LiquidException("Nesting too deep") { Position = source.Position };
        }

        context.Depth++;
        try
        {
            var end = body.Parse(source.Tokens, context);
            _blank &= body.IsBlank;
            if (end.Name == BlockDelimiter)
            {
                return false;
            }

            if (end.Name is null)
            {
                throw new LiquidException($"'{TagName}' tag was never closed", isSyntaxError: true) { Position = source.Position };
            }

            try
            {
                UnknownTag(end, source);
            }
            catch (LiquidException error) when (error.Position is null && end.Token is { } token)
            {
                error.Position = new SourcePosition(context.SourcePath, token.Line, token.Column);
                throw;
            }

            return true;
        }
        finally
        {
            context.Depth--;
        }
    }

    protected virtual void UnknownTag(EndTag tag, TagSource source) =>
        throw UnknownTagError(tag.Name!, TagName, BlockDelimiter);
}
