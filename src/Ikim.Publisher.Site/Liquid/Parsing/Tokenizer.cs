namespace Ikim.Publisher.Site.Liquid.Parsing;

/// <summary>
/// Liquid::Tokenizer: splits a template into text, tag and output tokens, or, inside a
/// <c>{% liquid %}</c> tag, into lines. Each token knows its line and column in the source
/// file (the template may start after front matter, at <c>firstLine</c>).
/// </summary>
internal sealed class Tokenizer
{
    private readonly List<Token> _tokens;
    private int _next;

    public Tokenizer(string source, int firstLine = 1, int firstColumn = 1)
    {
        _tokens = Tokenize(source, firstLine, firstColumn);
    }

    private Tokenizer(List<Token> lines)
    {
        _tokens = lines;
        ForLiquidTag = true;
    }

    public bool ForLiquidTag { get; }

    /// <summary>The position where the next token starts, or the end of the source.</summary>
    public (int Line, int Column) Position => _next < _tokens.Count
        ? (_tokens[_next].Line, _tokens[_next].Column)
        : _tokens.Count > 0 ? End(_tokens[^1]) : (1, 1);

    public Token? Shift() => _next < _tokens.Count ? _tokens[_next++] : null;

    /// <summary>The lines of a <c>{% liquid %}</c> tag's markup, each one a tag of its own.</summary>
    public static Tokenizer ForLiquid(string markup, int firstLine, int column)
    {
        var lines = new List<Token>();
        var parts = markup.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            lines.Add(new Token(parts[i], firstLine + i, i == 0 ? column : 1));
        }

        // Ruby's String#split drops trailing empty lines.
        while (lines.Count > 0 && lines[^1].Text.Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return new Tokenizer(lines);
    }

    private static List<Token> Tokenize(string source, int line, int column)
    {
        var tokens = new List<Token>();
        var position = 0;
        foreach (System.Text.RegularExpressions.Match match in LiquidSyntax.TemplateParser().Matches(source))
        {
            if (match.Index > position)
            {
                Add(source[position..match.Index]);
            }

            Add(match.Value);
            position = match.Index + match.Length;
        }

        if (position < source.Length)
        {
            Add(source[position..]);
        }

        return tokens;

        void Add(string text)
        {
            tokens.Add(new Token(text, line, column));
            (line, column) = End(new Token(text, line, column));
        }
    }

    private static (int Line, int Column) End(Token token)
    {
        var newline = token.Text.LastIndexOf('\n');
        return newline < 0
            ? (token.Line, token.Column + token.Text.Length)
            : (token.Line + token.Text.Count(c => c == '\n'), token.Text.Length - newline);
    }
}
