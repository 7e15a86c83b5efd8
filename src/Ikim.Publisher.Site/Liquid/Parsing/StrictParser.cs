using Ikim.Publisher.Site.Liquid.Runtime;

namespace Ikim.Publisher.Site.Liquid.Parsing;

/// <summary>
/// Liquid::Lexer and Liquid::Parser: the strict parser. Like Liquid's, it checks the markup and
/// hands back each expression as markup text, which <see cref="ExpressionParser"/> then parses;
/// a <see cref="LiquidException"/> from here makes the default error mode fall back to the lax regexes.
/// </summary>
internal sealed class StrictParser
{
    private readonly List<(string Type, string Text)> _tokens;
    private int _position;

    public StrictParser(string markup)
    {
        _tokens = Lex(markup);
    }

    public bool Look(string type, int ahead = 0) =>
        _position + ahead < _tokens.Count && _tokens[_position + ahead].Type == type;

    public string Consume(string? type = null)
    {
        var token = _tokens[_position];
        if (type is not null && token.Type != type)
        {
            throw LiquidException.Syntax($"Expected {type} but found {token.Type}");
        }

        _position++;
        return token.Text;
    }

    public string? ConsumeIf(string type)
    {
        if (!Look(type))
        {
            return null;
        }

        return _tokens[_position++].Text;
    }

    /// <summary>Consumes an identifier token with exactly this text.</summary>
    public bool Id(string text)
    {
        if (!Look("id") || _tokens[_position].Text != text)
        {
            return false;
        }

        _position++;
        return true;
    }

    public string Expression()
    {
        var token = _tokens[_position];
        switch (token.Type)
        {
            case "id":
                return Consume() + VariableLookups();
            case "open_square":
                return Consume() + Expression() + Consume("close_square") + VariableLookups();
            case "string" or "number":
                return Consume();
            case "open_round":
                Consume();
                var first = Expression();
                Consume("dotdot");
                var last = Expression();
                Consume("close_round");
                return $"({first}..{last})";
            default:
                throw LiquidException.Syntax($"{Describe(token)} is not a valid expression");
        }
    }

    /// <summary>A filter argument: an expression, possibly named (<c>allow_false: true</c>).</summary>
    public string Argument()
    {
        var text = "";
        if (Look("id") && Look("colon", 1))
        {
            text = Consume() + Consume() + " ";
        }

        return text + Expression();
    }

    private string VariableLookups()
    {
        var text = "";
        while (true)
        {
            if (Look("open_square"))
            {
                text += Consume() + Expression() + Consume("close_square");
            }
            else if (Look("dot"))
            {
                text += Consume() + Consume("id");
            }
            else
            {
                return text;
            }
        }
    }

    private static string Describe((string Type, string Text) token) =>
        token.Type == "end_of_string" ? "[:end_of_string]" : $"[:{token.Type}, \"{token.Text}\"]";

    private static List<(string, string)> Lex(string input)
    {
        var tokens = new List<(string, string)>();
        var i = 0;
        while (true)
        {
            while (i < input.Length && IsSpace(input[i]))
            {
                i++;
            }

            if (i >= input.Length)
            {
                break;
            }

            var rest = input.AsSpan(i);
            var comparison = Comparison(rest);
            if (comparison > 0)
            {
                tokens.Add(("comparison", input.Substring(i, comparison)));
                i += comparison;
                continue;
            }

            if (rest[0] is '\'' or '"')
            {
                var close = input.IndexOf(rest[0], i + 1);
                if (close > 0)
                {
                    tokens.Add(("string", input[i..(close + 1)]));
                    i = close + 1;
                    continue;
                }
            }

            var number = NumberLength(rest);
            if (number > 0)
            {
                tokens.Add(("number", input.Substring(i, number)));
                i += number;
                continue;
            }

            var identifier = IdentifierLength(rest);
            if (identifier > 0)
            {
                tokens.Add(("id", input.Substring(i, identifier)));
                i += identifier;
                continue;
            }

            if (rest.StartsWith(".."))
            {
                tokens.Add(("dotdot", ".."));
                i += 2;
                continue;
            }

            var special = rest[0] switch
            {
                '|' => "pipe",
                '.' => "dot",
                ':' => "colon",
                ',' => "comma",
                '[' => "open_square",
                ']' => "close_square",
                '(' => "open_round",
                ')' => "close_round",
                '?' => "question",
                '-' => "dash",
                _ => throw LiquidException.Syntax($"Unexpected character {char.ConvertFromUtf32(char.ConvertToUtf32(input, i))}"),
            };
            tokens.Add((special, rest[0].ToString()));
            i++;
        }

        tokens.Add(("end_of_string", ""));
        return tokens;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    // ==|!=|<>|<=?|>=?|contains(?=\s)
    private static int Comparison(ReadOnlySpan<char> rest)
    {
        if (rest.StartsWith("==") || rest.StartsWith("!=") || rest.StartsWith("<>") || rest.StartsWith("<=") || rest.StartsWith(">="))
        {
            return 2;
        }

        if (rest[0] is '<' or '>')
        {
            return 1;
        }

        return rest.StartsWith("contains") && rest.Length > 8 && IsSpace(rest[8]) ? 8 : 0;
    }

    // -?\d+(\.\d+)?
    private static int NumberLength(ReadOnlySpan<char> rest)
    {
        var i = rest[0] == '-' ? 1 : 0;
        var start = i;
        while (i < rest.Length && char.IsAsciiDigit(rest[i]))
        {
            i++;
        }

        if (i == start)
        {
            return 0;
        }

        if (i + 1 < rest.Length && rest[i] == '.' && char.IsAsciiDigit(rest[i + 1]))
        {
            i++;
            while (i < rest.Length && char.IsAsciiDigit(rest[i]))
            {
                i++;
            }
        }

        return i;
    }

    // [a-zA-Z_][\w-]*\??
    private static int IdentifierLength(ReadOnlySpan<char> rest)
    {
        if (!char.IsAsciiLetter(rest[0]) && rest[0] != '_')
        {
            return 0;
        }

        var i = 1;
        while (i < rest.Length && (char.IsAsciiLetterOrDigit(rest[i]) || rest[i] is '_' or '-'))
        {
            i++;
        }

        if (i < rest.Length && rest[i] == '?')
        {
            i++;
        }

        return i;
    }
}
