using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Liquid.Tags;
using Scriban;
using Scriban.Parsing;

namespace Ikim.Publisher.Site.Liquid;

/// <summary>Parses Liquid text with Scriban in Liquid mode, after rewriting Jekyll's own tags.</summary>
public static class LiquidParser
{
    /// <param name="firstLine">The 1-based line of the file on which <paramref name="text"/> starts (after front matter).</param>
    public static ParsedTemplate Parse(string text, string sourcePath, int firstLine = 1)
    {
        var lexerOptions = new LexerOptions
        {
            Lang = ScriptLang.Liquid,
            Mode = ScriptMode.Default,
            StartPosition = new TextPosition(0, firstLine - 1, 0),
        };
        var template = Template.ParseLiquid(JekyllTagRewriter.Rewrite(text), sourcePath, lexerOptions: lexerOptions);
        if (template.HasErrors)
        {
            var error = template.Messages.First(m => m.Type == ParserMessageType.Error);
            var position = new SourcePosition(sourcePath, error.Span.Start.Line + 1, error.Span.Start.Column + 1);
            throw new SiteBuildException(position, $"Liquid syntax error: {error.Message}");
        }

        return new ParsedTemplate(sourcePath, template);
    }
}
