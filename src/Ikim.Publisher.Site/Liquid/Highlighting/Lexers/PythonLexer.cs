using System.Collections.Frozen;

namespace Ikim.Publisher.Site.Liquid.Highlighting.Lexers;

/// <summary>Rouge 3.30's Python lexer (lexers/python.rb), with f-string interpolation.</summary>
internal sealed class PythonLexer : RegexLexer<PythonLexer>
{
    private const string Identifier = "[[:alpha:]_][[:alnum:]_]*";
    private const string DottedIdentifier = "[[:alpha:]_.][[:alnum:]_.]*";
    private const string Digits = "[0-9](_?[0-9])*";
    private const string Decimal = "((" + Digits + ")?\\." + Digits + "|" + Digits + "\\.)";
    private const string Exponent = "e[+-]?" + Digits;

    private static readonly FrozenSet<string> Keywords = FrozenSet.ToFrozenSet(
    [
        "assert", "break", "continue", "del", "elif", "else", "except", "exec", "finally", "for", "global", "if",
        "lambda", "pass", "print", "raise", "return", "try", "while", "yield", "as", "with", "from", "import",
        "yield", "async", "await", "nonlocal",
    ]);

    private static readonly FrozenSet<string> Builtins = FrozenSet.ToFrozenSet(
    [
        "__import__", "abs", "all", "any", "apply", "ascii", "basestring", "bin", "bool", "buffer", "bytearray",
        "bytes", "callable", "chr", "classmethod", "cmp", "coerce", "compile", "complex", "delattr", "dict", "dir",
        "divmod", "enumerate", "eval", "execfile", "exit", "file", "filter", "float", "format", "frozenset",
        "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "int", "intern", "isinstance", "issubclass",
        "iter", "len", "list", "locals", "long", "map", "max", "memoryview", "min", "next", "object", "oct", "open",
        "ord", "pow", "property", "range", "raw_input", "reduce", "reload", "repr", "reversed", "round", "set",
        "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "unichr", "unicode",
        "vars", "xrange", "zip",
    ]);

    private static readonly FrozenSet<string> BuiltinsPseudo = FrozenSet.ToFrozenSet(
    [
        "self", "None", "Ellipsis", "NotImplemented", "False", "True",
    ]);

    private static readonly FrozenSet<string> Exceptions = FrozenSet.ToFrozenSet(
    [
        "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BlockingIOError", "BrokenPipeError",
        "BufferError", "BytesWarning", "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
        "ConnectionRefusedError", "ConnectionResetError", "DeprecationWarning", "EOFError", "EnvironmentError",
        "Exception", "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning", "GeneratorExit",
        "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError", "InterruptedError",
        "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError", "ModuleNotFoundError",
        "NameError", "NotADirectoryError", "NotImplemented", "NotImplementedError", "OSError", "OverflowError",
        "OverflowWarning", "PendingDeprecationWarning", "ProcessLookupError", "RecursionError", "ReferenceError",
        "ResourceWarning", "RuntimeError", "RuntimeWarning", "StandardError", "StopAsyncIteration", "StopIteration",
        "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError", "TimeoutError", "TypeError",
        "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
        "UnicodeWarning", "UserWarning", "ValueError", "VMSError", "Warning", "WindowsError", "ZeroDivisionError",
    ]);

    private static readonly LexerStates<PythonLexer> Definition = new LexerStates<PythonLexer>()
        .State("root", s => s
            .Rule(@"\n+", Tok.Text, options: "m")
            .Rule(@"^(:)(\s*)([ru]{,2}"""""".*?"""""")", "mi", (l, _) => l.Groups(Tok.Punctuation, Tok.Text, Tok.StrDoc))
            .Rule(@"[^\S\n]+", Tok.Text)
            .Rule(@"#(.*)?\n?", Tok.CommentSingle)
            .Rule(@"[\[\]{}:(),;.]", Tok.Punctuation)
            .Rule(@"\\\n", Tok.Text)
            .Rule(@"\\", Tok.Text)
            .Rule(@"(in|is|and|or|not)\b", Tok.OperatorWord)
            .Rule(@"(<<|>>|\/\/|\*\*)=?", Tok.Operator)
            .Rule(@"[-~+\/*%=<>&^|@]=?|!=", Tok.Operator)
            .Rule(@"(from)((?:\\\s|\s)+)(" + DottedIdentifier + @")((?:\\\s|\s)+)(import)", (l, _) =>
                l.Groups(Tok.KeywordNamespace, Tok.Text, Tok.NameNamespace, Tok.Text, Tok.KeywordNamespace))
            .Rule(@"(import)(\s+)(" + DottedIdentifier + ")", (l, _) => l.Groups(Tok.KeywordNamespace, Tok.Text, Tok.NameNamespace))
            .Rule(@"(def)((?:\s|\\\s)+)", (l, _) =>
            {
                l.Groups(Tok.Keyword, Tok.Text);
                l.Push("funcname");
            })
            .Rule(@"(class)((?:\s|\\\s)+)", (l, _) =>
            {
                l.Groups(Tok.Keyword, Tok.Text);
                l.Push("classname");
            })
            .Rule(@"`.*?`", Tok.StrBacktick)
            .Rule(@"([rfbu]{0,2})('''|""""""|['""])", "i", (l, m) =>
            {
                l.Groups(Tok.StrAffix, Tok.Str);
                l._strings.Add((m.Groups[1].Value.ToLowerInvariant(), m.Groups[2].Value));
                l.Push("generic_string");
            })
            .Rule("@" + DottedIdentifier, Tok.NameDecorator, options: "i")
            .Rule(@"(?<!\.)" + Identifier, (l, m) => l.Token(
                Keywords.Contains(m.Value) ? Tok.Keyword
                : Exceptions.Contains(m.Value) || Builtins.Contains(m.Value) ? Tok.NameBuiltin
                : BuiltinsPseudo.Contains(m.Value) ? Tok.NameBuiltinPseudo
                : Tok.Name))
            .Rule(Identifier, Tok.Name)
            .Rule(Decimal + "(" + Exponent + ")?j?", Tok.NumFloat, options: "i")
            .Rule(Digits + Exponent + "j?", Tok.NumFloat, options: "i")
            .Rule(Digits + "j", Tok.NumFloat, options: "i")
            .Rule("0b(_?[0-1])+", Tok.NumBin, options: "i")
            .Rule("0o(_?[0-7])+", Tok.NumOct, options: "i")
            .Rule("0x(_?[a-f0-9])+", Tok.NumHex, options: "i")
            .Rule(@"\d+L", Tok.NumIntegerLong)
            .Rule("([1-9](_?[0-9])*|0(_?0)*)", Tok.NumInteger))
        .State("funcname", s => s.Rule(Identifier, Tok.NameFunction, "#pop"))
        .State("classname", s => s.Rule(Identifier, Tok.NameClass, "#pop"))
        .State("generic_string", s => s
            .Rule(@"[^'""\\{]+", Tok.Str)
            .Rule("{{", Tok.Str)
            .Rule(@"'''|""""""|['""]", (l, m) =>
            {
                l.Token(Tok.Str);
                if (l._strings.Count > 0 && l._strings[^1].Delimiter == m.Value)
                {
                    l._strings.RemoveAt(l._strings.Count - 1);
                    l.Pop();
                }
            })
            .Rule(@"(?=\\)", Tok.Str, "generic_escape")
            .Rule("{", (l, _) =>
            {
                if (l.StringType.Contains('f'))
                {
                    l.Token(Tok.StrInterpol);
                    l.Push("generic_interpol");
                }
                else
                {
                    l.Token(Tok.Str);
                }
            }))
        .State("generic_escape", s => s
            .Rule(@"\\
              ( [\\abfnrtv""']
              | \n
              | newline
              | N{[a-zA-Z][a-zA-Z ]+[a-zA-Z]}
              | u[a-fA-F0-9]{4}
              | U[a-fA-F0-9]{8}
              | x[a-fA-F0-9]{2}
              | [0-7]{1,3}
              )", "x", (l, _) =>
            {
                l.Token(l.StringType.Contains('r') ? Tok.Str : Tok.StrEscape);
                l.Pop();
            })
            .Rule(@"\\.", Tok.Str, "#pop"))
        .State("generic_interpol", s => s
            .Rule("[^{}!:]+", (l, m) => l.Recurse(m.Value))
            .Rule("![asr]", Tok.StrInterpol)
            .Rule(":", Tok.StrInterpol)
            .Rule("{", Tok.StrInterpol, "generic_interpol")
            .Rule("}", Tok.StrInterpol, "#pop"));

    // The open strings: their prefix ("f", "rb"…) and delimiter.
    private readonly List<(string Type, string Delimiter)> _strings = [];

    protected override LexerStates<PythonLexer> States => Definition;

    private string StringType => _strings.Count > 0 ? _strings[^1].Type : "";

    protected override PythonLexer New() => new();
}
