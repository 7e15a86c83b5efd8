using System.Collections.Frozen;

namespace Ikim.Publisher.Site.Liquid.Highlighting.Lexers;

/// <summary>Rouge 3.30's JavaScript lexer (lexers/javascript.rb); HTML hands &lt;script&gt; bodies to it.</summary>
internal sealed class JavascriptLexer : RegexLexer<JavascriptLexer>
{
    private const string Id = @"[\p{L}\p{Nl}$_][\p{Word}]*";

    private static readonly FrozenSet<string> Keywords = FrozenSet.ToFrozenSet(
    [
        "as", "async", "await", "break", "case", "catch", "continue", "debugger", "default", "delete", "do", "else",
        "export", "finally", "from", "for", "if", "import", "in", "instanceof", "new", "of", "return", "super",
        "switch", "this", "throw", "try", "typeof", "void", "while", "yield",
    ]);

    private static readonly FrozenSet<string> Declarations = FrozenSet.ToFrozenSet(
    [
        "var", "let", "const", "with", "function", "class", "extends", "constructor", "get", "set", "static",
    ]);

    private static readonly FrozenSet<string> Reserved = FrozenSet.ToFrozenSet(
    [
        "enum", "implements", "interface", "package", "private", "protected", "public",
    ]);

    private static readonly FrozenSet<string> Constants = FrozenSet.ToFrozenSet(
    [
        "true", "false", "null", "NaN", "Infinity", "undefined",
    ]);

    private static readonly FrozenSet<string> Builtins = FrozenSet.ToFrozenSet(
    [
        "Array", "Boolean", "Date", "Error", "Function", "Math", "netscape", "Number", "Object", "Packages",
        "RegExp", "String", "sun", "decodeURI", "decodeURIComponent", "encodeURI", "encodeURIComponent", "Error",
        "eval", "isFinite", "isNaN", "parseFloat", "parseInt", "document", "window", "navigator", "self", "global",
        "Promise", "Set", "Map", "WeakSet", "WeakMap", "Symbol", "Proxy", "Reflect", "Int8Array", "Uint8Array",
        "Uint8ClampedArray", "Int16Array", "Uint16Array", "Uint16ClampedArray", "Int32Array", "Uint32Array",
        "Uint32ClampedArray", "Float32Array", "Float64Array", "DataView", "ArrayBuffer",
    ]);

    private static readonly LexerStates<JavascriptLexer> Definition = new LexerStates<JavascriptLexer>()
        .State("multiline_comment", s => s
            .Rule("[*]/", Tok.CommentMultiline, "#pop")
            .Rule("[^*/]+", Tok.CommentMultiline)
            .Rule("[*/]", Tok.CommentMultiline))
        .State("comments_and_whitespace", s => s
            .Rule(@"\s+", Tok.Text)
            .Rule("<!--", Tok.Comment)
            .Rule("//.*?$", Tok.CommentSingle)
            .Rule("/[*]", Tok.CommentMultiline, "multiline_comment"))
        .State("expr_start", s => s
            .Mixin("comments_and_whitespace")
            .Rule("/", (l, _) =>
            {
                l.Token(Tok.StrRegex);
                l.Goto("regex");
            })
            .Rule("[{]", (l, _) =>
            {
                l.Token(Tok.Punctuation);
                l.Goto("object");
            })
            .Rule("", Tok.Text, "#pop"))
        .State("regex", s => s
            .Rule("/", (l, _) =>
            {
                l.Token(Tok.StrRegex);
                l.Goto("regex_end");
            })
            .Rule(@"[^/]\n", Tok.Error, "#pop")
            .Rule(@"\n", Tok.Error, "#pop")
            .Rule(@"\[\^", Tok.StrEscape, "regex_group")
            .Rule(@"\[", Tok.StrEscape, "regex_group")
            .Rule(@"\\.", Tok.StrEscape)
            .Rule("[(][?][:=<!]", Tok.StrEscape)
            .Rule(@"[{][\d,]+[}]", Tok.StrEscape)
            .Rule("[()?]", Tok.StrEscape)
            .Rule(".", Tok.StrRegex))
        .State("regex_end", s => s
            .Rule("[gimuy]+", Tok.StrRegex, "#pop")
            .Rule("", (l, _) => l.Pop()))
        .State("regex_group", s => s
            .Rule("/", Tok.StrEscape)
            .Rule(@"[^/]\n", (l, _) =>
            {
                l.Token(Tok.Error);
                l.Pop(2);
            })
            .Rule(@"\]", Tok.StrEscape, "#pop")
            .Rule(@"\\.", Tok.StrEscape)
            .Rule(".", Tok.StrRegex))
        .State("root", s => s
            .Rule(@"\A\s*#!.*?\n", Tok.CommentPreproc, "statement", "m")
            .Rule(@"(?<=\n)(?=\s|/|<!--)", Tok.Text, "expr_start")
            .Mixin("comments_and_whitespace")
            .Rule(@"\+\+ | -- | ~ | \?\?=? | && | \|\| | \\(?=\n) | << | >>>? | ===
               | !== ", Tok.Operator, "expr_start", "x")
            .Rule(@"[-<>+*%&|\^/!=]=?", Tok.Operator, "expr_start")
            .Rule(@"[(\[,]", Tok.Punctuation, "expr_start")
            .Rule(";", Tok.Punctuation, "statement")
            .Rule(@"[)\].]", Tok.Punctuation)
            .Rule("`", (l, _) =>
            {
                l.Token(Tok.StrDouble);
                l.Push("template_string");
            })
            .Rule("[?][.]", Tok.Punctuation)
            .Rule("[?]", (l, _) =>
            {
                l.Token(Tok.Punctuation);
                l.Push("ternary");
                l.Push("expr_start");
            })
            .Rule(@"(\@)(\w+)?", (l, _) =>
            {
                l.Groups(Tok.Punctuation, Tok.NameDecorator);
                l.Push("expr_start");
            })
            .Rule("[{}]", Tok.Punctuation, "statement")
            .Rule(Id, "i", (l, m) =>
            {
                if (Keywords.Contains(m.Value))
                {
                    l.Token(Tok.Keyword);
                    l.Push("expr_start");
                }
                else if (Declarations.Contains(m.Value))
                {
                    l.Token(Tok.KeywordDeclaration);
                    l.Push("expr_start");
                }
                else
                {
                    l.Token(Reserved.Contains(m.Value) ? Tok.KeywordReserved
                        : Constants.Contains(m.Value) ? Tok.KeywordConstant
                        : Builtins.Contains(m.Value) ? Tok.NameBuiltin
                        : Tok.NameOther);
                }
            })
            .Rule(@"[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?", Tok.NumFloat)
            .Rule("0x[0-9a-fA-F]+", Tok.NumHex, options: "i")
            .Rule("0o[0-7][0-7_]*", Tok.NumOct, options: "i")
            .Rule("0b[01][01_]*", Tok.NumBin, options: "i")
            .Rule("[0-9]+", Tok.NumInteger)
            .Rule("\"", Tok.StrDelimiter, "dq")
            .Rule("'", Tok.StrDelimiter, "sq")
            .Rule(":", Tok.Punctuation))
        .State("dq", s => s
            .Rule(@"\\[\\nrt""]?", Tok.StrEscape)
            .Rule(@"[^\\""]+", Tok.StrDouble)
            .Rule("\"", Tok.StrDelimiter, "#pop"))
        .State("sq", s => s
            .Rule(@"\\[\\nrt']?", Tok.StrEscape)
            .Rule(@"[^\\']+", Tok.StrSingle)
            .Rule("'", Tok.StrDelimiter, "#pop"))
        .State("statement", s => s
            .Rule(@"case\b", (l, _) =>
            {
                l.Token(Tok.Keyword);
                l.Goto("expr_start");
            })
            .Rule("(" + Id + @")(\s*)(:)", "i", (l, _) => l.Groups(Tok.NameLabel, Tok.Text, Tok.Punctuation))
            .Mixin("expr_start"))
        .State("object", s => s
            .Mixin("comments_and_whitespace")
            .Rule("[{]", (l, _) =>
            {
                l.Token(Tok.Punctuation);
                l.PushCurrent();
            })
            .Rule("[}]", (l, _) =>
            {
                l.Token(Tok.Punctuation);
                l.Goto("statement");
            })
            .Rule("(" + Id + @")(\s*)(:)", "i", (l, _) =>
            {
                l.Groups(Tok.NameAttribute, Tok.Text, Tok.Punctuation);
                l.Push("expr_start");
            })
            .Rule(":", Tok.Punctuation)
            .Mixin("root"))
        .State("ternary", s => s
            .Rule(":", (l, _) =>
            {
                l.Token(Tok.Punctuation);
                l.Goto("expr_start");
            })
            .Mixin("root"))
        .State("template_string", s => s
            .Rule("[$]{", Tok.Punctuation, "template_string_expr")
            .Rule("`", Tok.StrDouble, "#pop")
            .Rule(@"\\[$`]", Tok.StrEscape)
            .Rule(@"[^$`\\]+", Tok.StrDouble)
            .Rule(@"[\\$]", Tok.StrDouble))
        .State("template_string_expr", s => s
            .Rule("}", Tok.Punctuation, "#pop")
            .Mixin("root"));

    protected override LexerStates<JavascriptLexer> States => Definition;

    protected override JavascriptLexer New() => new();
}
