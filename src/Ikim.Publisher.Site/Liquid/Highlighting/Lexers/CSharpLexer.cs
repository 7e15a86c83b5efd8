namespace Ikim.Publisher.Site.Liquid.Highlighting.Lexers;

/// <summary>Rouge 3.30's C# lexer (lexers/csharp.rb), with interpolated strings ($"…{x}…").</summary>
internal sealed class CSharpLexer : RegexLexer<CSharpLexer>
{
    // Rouge interpolates a case-insensitive regex here, so only the identifier ignores case.
    private const string Id = @"(?i:@?[_a-z]\w*)";

    // Reserved and contextual keywords, and LINQ's query keywords.
    private const string Keywords =
        "abstract|as|base|break|case|catch|checked|const|continue|default|delegate|do|else|enum|event|explicit|" +
        "extern|false|finally|fixed|for|foreach|goto|if|implicit|in|interface|internal|is|lock|new|null|operator|" +
        "out|override|params|private|protected|public|readonly|ref|return|sealed|sizeof|stackalloc|static|" +
        "switch|this|throw|true|try|typeof|unchecked|unsafe|virtual|void|volatile|while|add|alias|async|await|" +
        "get|global|partial|remove|set|value|where|yield|nameof|ascending|by|descending|equals|from|group|in|" +
        "into|join|let|on|orderby|select";

    private const string TypeKeywords =
        "bool|byte|char|decimal|double|dynamic|float|int|long|object|sbyte|short|string|uint|ulong|ushort|var";

    private const string PreprocessorKeywords =
        "if|endif|else|elif|define|undef|line|error|warning|region|endregion|pragma";

    private static readonly LexerStates<CSharpLexer> Definition = new LexerStates<CSharpLexer>()
        .State("whitespace", s => s
            .Rule(@"\s+", Tok.Text, options: "m")
            .Rule("//.*?$", Tok.CommentSingle)
            .Rule("/[*].*?[*]/", Tok.CommentMultiline, options: "m"))
        .State("nest", s => s
            .Rule("{", Tok.Punctuation, "nest")
            .Rule("}", Tok.Punctuation, "#pop")
            .Mixin("root"))
        .State("splice_string", s => s
            .Rule(@"\\.", Tok.Str)
            .Rule("{", Tok.Punctuation, "nest")
            .Rule("\"|\n", Tok.Str, "#pop")
            .Rule(".", Tok.Str))
        .State("splice_literal", s => s
            .Rule("\"\"", Tok.Str)
            .Rule("{", Tok.Punctuation, "nest")
            .Rule("\"", Tok.Str, "#pop")
            .Rule(".", Tok.Str))
        .State("root", s => s
            .Mixin("whitespace")
            .Rule(@"[$]\s*""", Tok.Str, "splice_string")
            .Rule(@"[$]@\s*""", Tok.Str, "splice_literal")
            .Rule(@"(<\[)\s*(" + Id + ":)?", Tok.Keyword)
            .Rule(@"\]>", Tok.Keyword)
            .Rule(@"[~!%^&*()+=|\[\]{}:;,.<>\/?-]", Tok.Punctuation)
            .Rule(@"@""(""""|[^""])*""", Tok.Str, options: "m")
            .Rule(@"""(\\.|.)*?[""\n]", Tok.Str)
            .Rule(@"'(\\.|.)'", Tok.StrChar)
            .Rule("0x[0-9a-f]+[lu]?", Tok.Num, options: "i")
            .Rule("[0-9]([.][0-9]*)?(e[+-][0-9]+)?[fldu]?", Tok.Num, options: "i")
            // Rouge starts these with \b, which always holds at the scan position in Ruby's StringScanner
            // (it hides the text before); .NET would look back at it (1class), so the leading \b is left out.
            .Rule(@"(?:class|struct|interface)\b", Tok.Keyword, "class")
            .Rule(@"(?:namespace|using)\b", Tok.Keyword, "namespace")
            .Rule(@"^#[ \t]*(" + PreprocessorKeywords + @")\b.*?\n", Tok.CommentPreproc)
            .Rule(@"(" + Keywords + @")\b", Tok.Keyword)
            .Rule(@"(" + TypeKeywords + @")\b", Tok.KeywordType)
            .Rule(Id + @"(?=\s*[(])", Tok.NameFunction)
            .Rule(Id, Tok.Name))
        .State("class", s => s
            .Mixin("whitespace")
            .Rule(Id, Tok.NameClass, "#pop"))
        .State("namespace", s => s
            .Mixin("whitespace")
            .Rule("(?=[(])", Tok.Text, "#pop")
            .Rule(@"(" + Id + @"|[.])+", Tok.NameNamespace, "#pop"));

    protected override LexerStates<CSharpLexer> States => Definition;

    protected override CSharpLexer New() => new();
}
