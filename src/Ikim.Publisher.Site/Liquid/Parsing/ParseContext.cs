using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Tags;

namespace Ikim.Publisher.Site.Liquid.Parsing;

/// <summary>Jekyll's <c>liquid.error_mode</c>: how markup that the strict parser rejects is treated.</summary>
public enum LiquidErrorMode
{
    /// <summary>Parse with Liquid's lax regular expressions only.</summary>
    Lax,

    /// <summary>Jekyll's default: strict parse, and on failure a warning plus the lax parse.</summary>
    Warn,

    /// <summary>Strict parse; markup it rejects is a syntax error.</summary>
    Strict,
}

/// <summary>Liquid::ParseContext: the state of parsing one template.</summary>
internal sealed class ParseContext(string sourcePath, LiquidErrorMode errorMode, TagRegistry tags)
{
    /// <summary>Blocks nested deeper than this are an error (Liquid's Block::MAX_DEPTH).</summary>
    public const int MaxDepth = 100;

    public string SourcePath { get; } = sourcePath;

    public LiquidErrorMode ErrorMode { get; } = errorMode;

    public TagRegistry Tags { get; } = tags;

    public List<LiquidWarning> Warnings { get; } = [];

    /// <summary>Set by a tag ending in <c>-%}</c>: the next text token loses its leading whitespace.</summary>
    public bool TrimWhitespace { get; set; }

    public int Depth { get; set; }

    /// <summary>The position of the token being parsed, for warnings and errors.</summary>
    public SourcePosition Position { get; set; }

    /// <summary>
    /// ParserSwitching#parse_with_selected_parser: strict first; in warn mode a strict failure
    /// becomes a warning and the lax parse is used, in strict mode it is the error.
    /// </summary>
    public T ParseWithErrorMode<T>(string markup, string markupContext, Func<string, T> strict, Func<string, T> lax)
    {
        if (ErrorMode == LiquidErrorMode.Lax)
        {
            return lax(markup);
        }

        try
        {
            return strict(markup);
        }
        catch (LiquidException error) when (error.IsSyntaxError)
        {
            var contextual = LiquidException.Syntax($"{error.Message} {markupContext}");
            if (ErrorMode == LiquidErrorMode.Strict)
            {
                throw contextual;
            }

            Warnings.Add(new LiquidWarning(Position, contextual.Describe()));
            return lax(markup);
        }
    }
}

/// <summary>A problem the lax parser recovered from (Jekyll prints these as "Liquid Warning").</summary>
public sealed record LiquidWarning(SourcePosition Position, string Message)
{
    public override string ToString() => $"{Position}: {Message}";
}
