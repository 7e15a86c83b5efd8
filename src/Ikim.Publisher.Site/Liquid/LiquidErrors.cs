using Ikim.Publisher.Site.Diagnostics;
using Scriban.Syntax;

namespace Ikim.Publisher.Site.Liquid;

/// <summary>Maps Scriban's runtime errors to source positions editors can jump to.</summary>
internal static class LiquidErrors
{
    public static SourcePosition PositionOf(ScriptRuntimeException ex) =>
        new(ex.Span.FileName ?? "", ex.Span.Start.Line + 1, ex.Span.Start.Column + 1);

    /// <summary>Our own error, possibly wrapped by Scriban on its way out of a function call.</summary>
    public static SiteBuildException? Unwrap(Exception ex)
    {
        for (var current = ex; current is not null; current = current.InnerException)
        {
            if (current is SiteBuildException error)
            {
                return error;
            }
        }

        return null;
    }
}
