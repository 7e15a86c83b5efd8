using Ikim.Publisher.Site.Diagnostics;

namespace Ikim.Publisher.Site.Liquid.Runtime;

/// <summary>
/// A Liquid error (Liquid::Error): a syntax error found while parsing, or an error while rendering.
/// The position is filled in by the innermost node that saw the error, as Liquid sets
/// <c>line_number</c>; includes add themselves to <see cref="IncludedFrom"/> on the way out.
/// </summary>
internal sealed class LiquidException : Exception
{
    public LiquidException(string message, bool isSyntaxError = false, Exception? inner = null)
        : base(message, inner)
    {
        IsSyntaxError = isSyntaxError;
    }

    public bool IsSyntaxError { get; }

    public SourcePosition? Position { get; set; }

    /// <summary>The include tags that led to the template at fault, innermost first.</summary>
    public List<SourcePosition> IncludedFrom { get; } = [];

    /// <summary>"Liquid syntax error: …" or "Liquid error: …", plus the include chain.</summary>
    public string Describe()
    {
        var text = new System.Text.StringBuilder(IsSyntaxError ? "Liquid syntax error: " : "Liquid error: ").Append(Message);
        var shown = 0;
        for (var i = 0; i < IncludedFrom.Count; i++)
        {
            // An include that includes itself repeats one position; say it once, with the count.
            var repeats = 1;
            while (i + repeats < IncludedFrom.Count && IncludedFrom[i + repeats] == IncludedFrom[i])
            {
                repeats++;
            }

            if (++shown > 10)
            {
                text.Append(" (…)");
                break;
            }

            text.Append(" (included from ").Append(IncludedFrom[i]).Append(repeats > 1 ? $", {repeats} times)" : ")");
            i += repeats - 1;
        }

        return text.ToString();
    }

    public static LiquidException Syntax(string message) => new(message, isSyntaxError: true);
}
