using System.Collections.Frozen;

namespace Ikim.Publisher.Site.Liquid.Highlighting.Lexers;

/// <summary>Rouge 3.30's R lexer (lexers/r.rb).</summary>
internal sealed class RLexer : RegexLexer<RLexer>
{
    private static readonly FrozenSet<string> Keywords = FrozenSet.ToFrozenSet(
    [
        "if", "else", "for", "while", "repeat", "in", "next", "break", "function",
    ]);

    private static readonly FrozenSet<string> KeywordConstants = FrozenSet.ToFrozenSet(
    [
        "NULL", "Inf", "TRUE", "FALSE", "NaN", "NA", "NA_integer_", "NA_real_", "NA_complex_", "NA_character_",
    ]);

    private static readonly FrozenSet<string> BuiltinConstants = FrozenSet.ToFrozenSet(
    [
        "LETTERS", "letters", "month.abb", "month.name", "pi", "T", "F",
    ]);

    // base's .Primitive functions minus the keywords; Rouge marks them only where they are called.
    private static readonly string[] PrimitiveFunctions =
    [
        "abs", "acos", "acosh", "all", "any", "anyNA", "Arg", "as.call", "as.character", "as.complex", "as.double",
        "as.environment", "as.integer", "as.logical", "as.null.default", "as.numeric", "as.raw", "asin", "asinh",
        "atan", "atanh", "attr", "attributes", "baseenv", "browser", "c", "call", "ceiling", "class", "Conj", "cos",
        "cosh", "cospi", "cummax", "cummin", "cumprod", "cumsum", "digamma", "dim", "dimnames", "emptyenv", "exp",
        "expression", "floor", "forceAndCall", "gamma", "gc.time", "globalenv", "Im", "interactive", "invisible",
        "is.array", "is.atomic", "is.call", "is.character", "is.complex", "is.double", "is.environment",
        "is.expression", "is.finite", "is.function", "is.infinite", "is.integer", "is.language", "is.list",
        "is.logical", "is.matrix", "is.na", "is.name", "is.nan", "is.null", "is.numeric", "is.object",
        "is.pairlist", "is.raw", "is.recursive", "is.single", "is.symbol", "lazyLoadDBfetch", "length", "lgamma",
        "list", "log", "max", "min", "missing", "Mod", "names", "nargs", "nzchar", "oldClass", "on.exit",
        "pos.to.env", "proc.time", "prod", "quote", "range", "Re", "rep", "retracemem", "return", "round",
        "seq_along", "seq_len", "seq.int", "sign", "signif", "sin", "sinh", "sinpi", "sqrt", "standardGeneric",
        "substitute", "sum", "switch", "tan", "tanh", "tanpi", "tracemem", "trigamma", "trunc", "unclass",
        "untracemem", "UseMethod", "xtfrm",
    ];

    private static readonly LexerStates<RLexer> Definition = new LexerStates<RLexer>()
        .State("root", s => s
            .Rule("#'.*?$", Tok.CommentDoc)
            .Rule("#.*?$", Tok.CommentSingle)
            .Rule(@"\s+", Tok.Whitespace, options: "m")
            .Rule("`[^`]+?`", Tok.Name)
            .Rule(@"'(\\.|.)*?'", Tok.StrSingle, options: "m")
            .Rule(@"""(\\.|.)*?""", Tok.StrDouble, options: "m")
            .Rule("%[^%]*?%", Tok.Operator)
            .Rule("0[xX][a-fA-F0-9]+([pP][0-9]+)?[Li]?", Tok.NumHex)
            .Rule(@"[+-]?(\d+([.]\d+)?|[.]\d+)([eE][+-]?\d+)?[Li]?", Tok.Num)
            // Rouge writes \b(?<!.) here, but Ruby's StringScanner hides the text before the scan position
            // from the regex, so both always hold there; .NET sees that text, so they are left out.
            .Rule(@"(" + string.Join('|', PrimitiveFunctions) + @")(?=\()", Tok.NameFunction)
            .Rule("(?:(?:[[:alpha:]]|[.][._[:alpha:]])[._[:alnum:]]*)|[.]", (l, m) => l.Token(
                Keywords.Contains(m.Value) ? Tok.Keyword
                : KeywordConstants.Contains(m.Value) ? Tok.KeywordConstant
                : BuiltinConstants.Contains(m.Value) ? Tok.NameBuiltin
                : Tok.Name))
            .Rule(@"[\[\]{}();,]", Tok.Punctuation)
            .Rule(@"[-<>?*+^/!=~$@:%&|]", Tok.Operator));

    protected override LexerStates<RLexer> States => Definition;

    protected override RLexer New() => new();
}
