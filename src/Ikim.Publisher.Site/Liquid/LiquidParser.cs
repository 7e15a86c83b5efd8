using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Liquid.Nodes;
using Ikim.Publisher.Site.Liquid.Parsing;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Tags;

namespace Ikim.Publisher.Site.Liquid;

/// <summary>Parses Liquid text (Liquid::Document) with Liquid 5.4's tags and Jekyll's.</summary>
public static class LiquidParser
{
    /// <param name="firstLine">The 1-based line of the file on which <paramref name="text"/> starts (after front matter).</param>
    public static ParsedTemplate Parse(string text, string sourcePath, int firstLine = 1, LiquidErrorMode errorMode = LiquidErrorMode.Warn) =>
        Parse(text, sourcePath, firstLine, errorMode, null);

    internal static ParsedTemplate Parse(string text, string sourcePath, int firstLine, LiquidErrorMode errorMode, TagRegistry? tags)
    {
        try
        {
            return ParseTemplate(text, sourcePath, firstLine, errorMode, tags);
        }
        catch (LiquidException error)
        {
            throw new SiteBuildException(error.Position ?? new SourcePosition(sourcePath, firstLine, 1), error.Describe(), error);
        }
    }

    /// <summary>Like <see cref="Parse"/>, but errors stay Liquid errors (an include adds itself to their chain).</summary>
    internal static ParsedTemplate ParseTemplate(string text, string sourcePath, int firstLine, LiquidErrorMode errorMode, TagRegistry? tags = null)
    {
        var context = new ParseContext(sourcePath, errorMode, tags ?? TagRegistry.Jekyll)
        {
            Position = new SourcePosition(sourcePath, firstLine, 1),
        };
        try
        {
            var root = new BlockBody();
            var end = root.Parse(new Tokenizer(text, firstLine), context);
            if (end.Name is { } unknown)
            {
                throw new LiquidException(
                    unknown is "else" or "end" ? $"Unexpected outer '{unknown}' tag" : $"Unknown tag '{unknown}'",
                    isSyntaxError: true)
                {
                    Position = new SourcePosition(sourcePath, end.Token!.Line, end.Token.Column),
                };
            }

            return new ParsedTemplate(sourcePath, root, context.Warnings);
        }
        catch (LiquidException error)
        {
            error.Position ??= context.Position;
            throw;
        }
    }
}
