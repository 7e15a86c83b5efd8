namespace Ikim.Publisher.Site.Liquid.Highlighting.Lexers;

/// <summary>Rouge 3.30's JSON lexer (lexers/json.rb).</summary>
internal sealed class JsonLexer : RegexLexer<JsonLexer>
{
    private static readonly LexerStates<JsonLexer> Definition = new LexerStates<JsonLexer>()
        .State("whitespace", s => s.Rule(@"\s+", Tok.Whitespace))
        .State("root", s => s
            .Mixin("whitespace")
            .Rule("{", Tok.Punctuation, "object")
            .Rule(@"\[", Tok.Punctuation, "array")
            .Mixin("name")
            .Mixin("value")
            .Rule(@"[\]}]", Tok.Punctuation))
        .State("object", s => s
            .Mixin("whitespace")
            .Mixin("name")
            .Mixin("value")
            .Rule("}", Tok.Punctuation, "#pop")
            .Rule(",", Tok.Punctuation))
        .State("name", s => s
            .Rule(@"(""(?:\\.|[^""\\\n])*?"")(\s*)(:)", (l, _) => l.Groups(Tok.NameLabel, Tok.Whitespace, Tok.Punctuation)))
        .State("value", s => s
            .Mixin("whitespace")
            .Mixin("constants")
            .Rule("\"", Tok.StrDouble, "string")
            .Rule(@"\[", Tok.Punctuation, "array")
            .Rule("{", Tok.Punctuation, "object"))
        .State("string", s => s
            .Rule(@"[^\\""]+", Tok.StrDouble)
            .Rule(@"\\.", Tok.StrEscape)
            .Rule("\"", Tok.StrDouble, "#pop"))
        .State("array", s => s
            .Mixin("value")
            .Rule(@"\]", Tok.Punctuation, "#pop")
            .Rule(",", Tok.Punctuation))
        .State("constants", s => s
            .Rule("(?:true|false|null)", Tok.KeywordConstant)
            .Rule(@"-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?", Tok.NumFloat, options: "i")
            .Rule(@"-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?", Tok.NumInteger, options: "i"));

    protected override LexerStates<JsonLexer> States => Definition;

    protected override JsonLexer New() => new();
}
