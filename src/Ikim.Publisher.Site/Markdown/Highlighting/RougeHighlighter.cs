using System.Text;

namespace Ikim.Publisher.Site.Markdown.Highlighting;

/// <summary>
/// Rouge's HTML for code as kramdown and Jekyll's <c>{% highlight %}</c> ask for it. Languages
/// with a ported lexer (<see cref="RougeLexer"/>) get Rouge's token spans; other languages Rouge
/// knows are written as its plaintext lexer writes them (escaped, no spans). Languages Rouge does
/// not know give null, so the caller can fall back as kramdown does.
/// </summary>
public static class RougeHighlighter
{
    private static readonly Dictionary<string, RougeLexer> Lexers = new RougeLexer[] { new Lexers.DiffLexer(), new Lexers.JsonLexer(), new Lexers.ShellLexer(), new Lexers.ConsoleLexer() }
        .SelectMany(lexer => lexer.Names.Select(name => (name, lexer)))
        .ToDictionary(e => e.name, e => e.lexer, StringComparer.Ordinal);

    /// <summary>Rouge's formatted tokens for <paramref name="code"/>, without wrapper, or null without a lexer.</summary>
    public static string? FormatTokens(string code, string? language)
    {
        if (!RougeLexers.IsKnown(language))
        {
            return null;
        }

        var name = language!.Split('?', 2)[0];
        // Languages without a lexer here may have one among the Liquid highlighter's Rouge ports.
        return Lexers.TryGetValue(name, out var lexer) ? lexer.Format(code)
            : Liquid.Highlighting.RougeHighlighter.Find(name) is not null ? Liquid.Highlighting.RougeHighlighter.Highlight(name, code)
            : Escape(code);
    }

    /// <summary>Rouge's HTMLLegacy block: <c>&lt;div class="highlight"&gt;&lt;pre class="highlight"&gt;&lt;code&gt;…</c>.</summary>
    public static string? FormatBlock(string code, string? language) =>
        FormatTokens(code, language) is { } tokens ? "<div class=\"highlight\"><pre class=\"highlight\"><code>" + tokens + "</code></pre></div>" : null;

    /// <summary>Rouge escapes only &amp;, &lt; and &gt; in code.</summary>
    public static string Escape(string code)
    {
        if (code.AsSpan().IndexOfAny("<>&") < 0)
        {
            return code;
        }

        var result = new StringBuilder(code.Length + 16);
        foreach (var c in code)
        {
            result.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }
}
