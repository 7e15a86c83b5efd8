using System.Globalization;
using System.Text;
using Ikim.Publisher.Site.Liquid.Highlighting.Lexers;

namespace Ikim.Publisher.Site.Liquid.Highlighting;

/// <summary>
/// Syntax highlighting with Rouge 3.30's markup, so existing Rouge stylesheets apply: a span per
/// token run with Rouge's short class names (<c>k</c>, <c>s2</c>, <c>nb</c>…), and for line numbers
/// Rouge's HTMLTable layout. Covered languages: python, ruby, shell (bash, sh, zsh, ksh), json,
/// yaml, html, css, javascript (js), r, csharp (c#, cs), sql, plaintext; any other name is highlighted as plain text, as
/// Rouge does for languages it does not know.
/// </summary>
internal static class RougeHighlighter
{
    public static IRougeLexer? Find(string language) => language switch
    {
        "python" or "py" => new PythonLexer(),
        "ruby" or "rb" => new RubyLexer(),
        "shell" or "bash" or "zsh" or "ksh" or "sh" => new ShellLexer(),
        "json" => new JsonLexer(),
        "yaml" or "yml" => new YamlLexer(),
        "html" => new HtmlLexer(),
        "css" => new CssLexer(),
        "javascript" or "js" => new JavascriptLexer(),
        "r" or "R" or "s" or "S" => new RLexer(),
        "csharp" or "c#" or "cs" => new CSharpLexer(),
        "sql" => new SqlLexer(),
        _ => null,
    };

    /// <summary>Rouge::Formatters::HTML over the language's lexer (plain text when there is none).</summary>
    public static string Highlight(string language, string code)
    {
        var html = new StringBuilder(code.Length * 2);
        Tokens(language, code, (token, value) => AppendSpan(html, token, value));
        return html.ToString();
    }

    /// <summary>Rouge::Formatters::HTMLTable with Jekyll's classes: a gutter of line numbers beside the code.</summary>
    public static string HighlightTable(string language, string code)
    {
        var formatted = new StringBuilder(code.Length * 2);
        var lines = 0;
        string? last = null;
        Tokens(language, code, (token, value) =>
        {
            lines += value.Count(c => c == '\n');
            last = value;
            AppendSpan(formatted, token, value);
        });
        if (last is null || !last.EndsWith('\n'))
        {
            lines++;
            formatted.Append('\n');
        }

        var numbers = string.Join('\n', Enumerable.Range(1, lines).Select(i => i.ToString(CultureInfo.InvariantCulture))) + "\n";
        return "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">" + numbers +
            "</pre></td><td class=\"code\"><pre>" + formatted + "</pre></td></tr></tbody></table>";
    }

    public static string Escape(string text) => text.AsSpan().IndexOfAny("&<>") < 0
        ? text
        : text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static void Tokens(string language, string code, Action<RougeToken, string> emit)
    {
        if (Find(language) is { } lexer)
        {
            lexer.Lex(code, emit);
        }
        else if (code.Length > 0)
        {
            emit(Tok.Text, code);
        }
    }

    private static void AppendSpan(StringBuilder html, RougeToken token, string value)
    {
        if (token == Tok.Text)
        {
            html.Append(Escape(value));
        }
        else
        {
            html.Append("<span class=\"").Append(token.ShortName).Append("\">").Append(Escape(value)).Append("</span>");
        }
    }
}
