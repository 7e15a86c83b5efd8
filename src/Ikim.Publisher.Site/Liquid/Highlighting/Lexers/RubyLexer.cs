using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Liquid.Highlighting.Lexers;

/// <summary>Rouge 3.30's Ruby lexer (lexers/ruby.rb): symbols, sigil strings, heredocs, interpolation, regexes.</summary>
internal sealed class RubyLexer : RegexLexer<RubyLexer>
{
    private static readonly string Keywords = string.Join('|',
    [
        "BEGIN", "END", "alias", "begin", "break", "case", "defined\\?", "do", "else", "elsif", "end", "ensure",
        "for", "if", "in", "next", "redo", "rescue", "raise", "retry", "return", "super", "then", "undef", "unless",
        "until", "when", "while", "yield",
    ]);

    private static readonly string KeywordsPseudo = string.Join('|',
    [
        "loop", "include", "extend", "raise", "alias_method", "attr", "catch", "throw", "private", "module_function",
        "public", "protected", "true", "false", "nil", "__FILE__", "__LINE__",
    ]);

    private static readonly string BuiltinsG = string.Join('|',
    [
        "attr_reader", "attr_writer", "attr_accessor", "__id__", "__send__", "abort", "ancestors", "at_exit",
        "autoload", "binding", "callcc", "caller", "catch", "chomp", "chop", "class_eval", "class_variables",
        "clone", "const_defined\\?", "const_get", "const_missing", "const_set", "constants", "display", "dup",
        "eval", "exec", "exit", "extend", "fail", "fork", "format", "freeze", "getc", "gets", "global_variables",
        "gsub", "hash", "id", "included_modules", "inspect", "instance_eval", "instance_method", "instance_methods",
        "instance_variable_get", "instance_variable_set", "instance_variables", "lambda", "load", "local_variables",
        "loop", "method", "method_missing", "methods", "module_eval", "name", "object_id", "open", "p", "print",
        "printf", "private_class_method", "private_instance_methods", "private_methods", "proc",
        "protected_instance_methods", "protected_methods", "public_class_method", "public_instance_methods",
        "public_methods", "putc", "puts", "raise", "rand", "readline", "readlines", "require", "require_relative",
        "scan", "select", "self", "send", "set_trace_func", "singleton_methods", "sleep", "split", "sprintf",
        "srand", "sub", "syscall", "system", "taint", "test", "throw", "to_a", "to_s", "trace_var", "trap",
        "untaint", "untrace_var", "warn",
    ]);

    private static readonly string BuiltinsQ = string.Join('|',
    [
        "autoload", "block_given", "const_defined", "eql", "equal", "frozen", "include", "instance_of", "is_a",
        "iterator", "kind_of", "method_defined", "nil", "private_method_defined", "protected_method_defined",
        "public_method_defined", "respond_to", "tainted",
    ]);

    private static readonly string BuiltinsB = string.Join('|',
    [
        "chomp", "chop", "exit", "gsub", "sub",
    ]);

    private const string Decimal = @"[\d]+(?:_\d+)*";
    private const string Exp = @"e[+-]?\d+";

    private static readonly LexerStates<RubyLexer> Definition = BuildStates();

    // The heredocs opened on the current line: whether the terminator may be indented, and its name.
    private readonly List<(bool Tolerant, string Name)> _heredocs = [];

    protected override LexerStates<RubyLexer> States => Definition;

    protected override RubyLexer New() => new();

    protected override void OnStart()
    {
        Push("expr_start");
        _heredocs.Clear();
    }

    private static LexerStates<RubyLexer> BuildStates()
    {
        var states = new LexerStates<RubyLexer>()
            .State("symbols", s => s
                .Rule(@"
                  :  # initial :
                  @{0,2} # optional ivar, for :@foo and :@@foo
                  [a-z_]\w*[!?]? # the symbol
                ", Tok.StrSymbol, options: "xi")
                .Rule(@":(?:\*\*|[-+]@|[/\%&\|^`~]|\[\]=?|<<|>>|<=?>|<=?|===?)", Tok.StrSymbol)
                .Rule(@":'(\\\\|\\'|[^'])*'", Tok.StrSymbol)
                .Rule(@":""", Tok.StrSymbol, "simple_sym"))
            .State("sigil_strings", s => s.Rule(@"%([rqswQWxiI])?([^\w\s])", SigilString))
            .State("strings", s => s
                .Mixin("symbols")
                .Rule(@"\b[a-z_]\w*?[?!]?:\s+", Tok.StrSymbol, "expr_start")
                .Rule(@"'(\\\\|\\'|[^'])*'", Tok.StrSingle)
                .Rule("\"", Tok.StrDouble, "simple_string")
                .Rule(@"(?<!\.)`", Tok.StrBacktick, "simple_backtick"))
            .State("regex_flags", s => s.Rule("[mixounse]*", Tok.StrRegex, "#pop"));

        foreach (var (name, token, fin) in new[] { ("string", Tok.StrDouble, "\""), ("sym", Tok.StrSymbol, "\""), ("backtick", Tok.StrBacktick, "`") })
        {
            states.State("simple_" + name, s => s
                .Mixin("string_intp_escaped")
                .Rule(@"[^\\" + fin + "#]+", token, options: "m")
                .Rule(@"[\\#]", token)
                .Rule(fin, token, "#pop"));
        }

        return states
            .State("whitespace", s => s
                .Mixin("inline_whitespace")
                .Rule(@"\n\s*", Tok.Text, "expr_start", "m")
                .Rule("#.*$", Tok.CommentSingle)
                .Rule(@"=begin\b.*?\n=end\b", Tok.CommentMultiline, options: "m"))
            .State("inline_whitespace", s => s.Rule(@"[ \t\r]+", Tok.Text))
            .State("root", s => s
                .Mixin("whitespace")
                .Rule("__END__", Tok.CommentPreproc, "end_part")
                .Rule("0_?[0-7]+(?:_[0-7]+)*", Tok.NumOct)
                .Rule("0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*", Tok.NumHex)
                .Rule("0b[01]+(?:_[01]+)*", Tok.NumBin)
                .Rule(Decimal + @"(?:\." + Decimal + Exp + "?|" + Exp + ")", Tok.NumFloat, options: "i")
                .Rule(Decimal, Tok.NumInteger)
                .Rule(@"@@[a-z_]\w*", Tok.NameVariableClass, options: "i")
                .Rule(@"@[a-z_]\w*", Tok.NameVariableInstance, options: "i")
                .Rule(@"\$\w+", Tok.NameVariableGlobal)
                .Rule(@"\$[!@&`'+~=/\\,;.<>_*\$?:""]", Tok.NameVariableGlobal)
                .Rule(@"\$-[0adFiIlpvw]", Tok.NameVariableGlobal)
                .Rule("::", Tok.Operator)
                .Mixin("strings")
                .Rule("(?:" + Keywords + @")(?=\W|$)", Tok.Keyword, "expr_start")
                .Rule("(?:" + KeywordsPseudo + @")\b", Tok.KeywordPseudo, "expr_start")
                .Rule(@"
                  (module)
                  (\s+)
                  ([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)
                ", "x", (l, _) => l.Groups(Tok.Keyword, Tok.Text, Tok.NameNamespace))
                .Rule(@"(def\b)(\s*)", (l, _) =>
                {
                    l.Groups(Tok.Keyword, Tok.Text);
                    l.Push("funcname");
                })
                .Rule(@"(class\b)(\s*)", (l, _) =>
                {
                    l.Groups(Tok.Keyword, Tok.Text);
                    l.Push("classname");
                })
                .Rule("(?:" + BuiltinsQ + ")[?]", Tok.NameBuiltin, "expr_start")
                .Rule("(?:" + BuiltinsB + ")!", Tok.NameBuiltin, "expr_start")
                .Rule(@"(?<!\.)(?:" + BuiltinsG + @")\b", Tok.NameBuiltin, "method_call")
                .Mixin("has_heredocs")
                .Rule(@"\.{2,3}", Tok.Operator, "expr_start")
                .Rule("[A-Z][a-zA-Z0-9_]*", Tok.NameConstant, "method_call")
                .Rule(@"(\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^`~+-\/\[<>=])", (l, _) =>
                {
                    l.Groups(Tok.Punctuation, Tok.Text, Tok.NameFunction);
                    l.Push("method_call");
                })
                .Rule(@"[a-zA-Z_]\w*[?!]", Tok.Name, "expr_start")
                .Rule(@"[a-zA-Z_]\w*", Tok.Name, "method_call")
                .Rule(@"\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\.", Tok.Operator, "expr_start")
                .Rule(@"[-+\/*%=<>&!^|~]=?", Tok.Operator, "expr_start")
                .Rule("[?]", (l, _) =>
                {
                    l.Token(Tok.Punctuation);
                    l.Push("ternary");
                    l.Push("expr_start");
                })
                .Rule(@"[\[({,:\\;/]", Tok.Punctuation, "expr_start")
                .Rule(@"[\])}]", Tok.Punctuation))
            .State("has_heredocs", s => s
                .Rule(@"(?<!\w)(<<[-~]?)([""`']?)([a-zA-Z_]\w*)(\2)", (l, m) => l.OpenHeredoc(m, m.Groups[3].Value))
                .Rule(@"(<<[-~]?)([""'])(\2)", (l, m) => l.OpenHeredoc(m, "")))
            .State("heredoc_queue", s => s
                .Rule(@"(?=\n)", (l, _) => l.Goto("resolve_heredocs"))
                .Mixin("root"))
            .State("resolve_heredocs", s => s
                .Mixin("string_intp_escaped")
                .Rule(@"\n", Tok.StrHeredoc, "test_heredoc")
                .Rule(@"[#\\\n]", Tok.StrHeredoc)
                .Rule(@"[^#\\\n]+", Tok.StrHeredoc))
            .State("test_heredoc", s => s
                .Rule(@"[^#\\\n]*$", (l, m) =>
                {
                    var (tolerant, name) = l._heredocs[0];
                    var check = tolerant ? m.Value.Trim() : m.Value.TrimEnd();
                    if (check == name)
                    {
                        l._heredocs.RemoveAt(0);
                        if (l._heredocs.Count == 0)
                        {
                            l.Pop();
                        }

                        l.Token(Tok.NameConstant);
                    }
                    else
                    {
                        l.Token(Tok.StrHeredoc);
                    }

                    l.Pop();
                })
                .Rule("", (l, _) => l.Pop()))
            .State("funcname", s => s
                .Rule(@"\s+", Tok.Text)
                .Rule(@"\(", Tok.Punctuation, "defexpr")
                .Rule(@"
                  (?:([a-zA-Z_]\w*)(\.))?
                  (
                    [a-zA-Z_]\w*[!?]? |
                    \*\*? | [-+]@? | [/%&\|^`~] | \[\]=? |
                    <<? | >>? | <=>? | >= | ===?
                  )
                ", "x", (l, _) =>
                {
                    l.Groups(Tok.NameClass, Tok.Operator, Tok.NameFunction);
                    l.Pop();
                })
                .Rule("", (l, _) => l.Pop()))
            .State("classname", s => s
                .Rule(@"\s+", Tok.Text)
                .Rule(@"\w+(::\w+)+", Tok.NameClass)
                .Rule(@"\(", (l, _) =>
                {
                    l.Token(Tok.Punctuation);
                    l.Push("defexpr");
                    l.Push("expr_start");
                })
                .Rule("<<", (l, _) =>
                {
                    l.Token(Tok.Operator);
                    l.Goto("expr_start");
                })
                .Rule(@"[A-Z_]\w*", Tok.NameClass, "#pop")
                .Rule("", (l, _) => l.Pop()))
            .State("ternary", s => s
                .Rule(@"(:)(\s+)", (l, _) =>
                {
                    l.Groups(Tok.Punctuation, Tok.Text);
                    l.Goto("expr_start");
                })
                .Rule(@":(?![^#\n]*?[:\\])", (l, _) =>
                {
                    l.Token(Tok.Punctuation);
                    l.Goto("expr_start");
                })
                .Mixin("root"))
            .State("defexpr", s => s
                .Rule(@"(\))(\.|::)?", (l, _) =>
                {
                    l.Groups(Tok.Punctuation, Tok.Operator);
                    l.Pop();
                })
                .Rule(@"\(", (l, _) =>
                {
                    l.Token(Tok.Punctuation);
                    l.Push("defexpr");
                    l.Push("expr_start");
                })
                .Mixin("root"))
            .State("in_interp", s => s
                .Rule("}", Tok.StrInterpol, "#pop")
                .Mixin("root"))
            .State("string_intp", s => s
                .Rule("[#][{]", Tok.StrInterpol, "in_interp")
                .Rule(@"#(@@?|\$)[a-z_]\w*", Tok.StrInterpol, options: "i"))
            .State("string_intp_escaped", s => s
                .Mixin("string_intp")
                .Rule(@"\\([\\abefnrstv#""']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})", Tok.StrEscape)
                .Rule(@"\\.", Tok.StrEscape))
            .State("method_call", s => s
                .Rule("/|%", (l, _) =>
                {
                    l.Token(Tok.Operator);
                    l.Goto("expr_start");
                })
                .Rule(@"(?=\n)", (l, _) => l.Pop())
                .Rule("", (l, _) => l.Goto("method_call_spaced")))
            .State("method_call_spaced", s => s
                .Mixin("whitespace")
                .Rule("[%/]=", (l, _) =>
                {
                    l.Token(Tok.Operator);
                    l.Goto("expr_start");
                })
                .Rule(@"(/)(?=\S|\s*/)", (l, _) =>
                {
                    l.Token(Tok.StrRegex);
                    l.Goto("slash_regex");
                })
                .Mixin("sigil_strings")
                .Rule(@"(?=\s*/)", (l, _) => l.Pop())
                .Rule(@"\s+", (l, _) =>
                {
                    l.Token(Tok.Text);
                    l.Goto("expr_start");
                })
                .Rule("", (l, _) => l.Pop()))
            .State("expr_start", s => s
                .Mixin("inline_whitespace")
                .Rule("/", (l, _) =>
                {
                    l.Token(Tok.StrRegex);
                    l.Goto("slash_regex");
                })
                .Rule(@"
                  [?](\\[MC]-)*     # modifiers
                  (\\([\\abefnrstv\#""']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\S)
                  (?!\w)
                ", Tok.StrChar, "#pop", "x")
                .Rule(@"(\s*)(%[rqswQWxiI]? \S* )", (l, _) =>
                {
                    l.Groups(Tok.Text, Tok.StrOther);
                    l.Pop();
                })
                .Mixin("sigil_strings")
                .Rule("", (l, _) => l.Pop()))
            .State("slash_regex", s => s
                .Mixin("string_intp")
                .Rule(@"\\\\", Tok.StrRegex)
                .Rule(@"\\/", Tok.StrRegex)
                .Rule(@"[\\#]", Tok.StrRegex)
                .Rule(@"[^\\/#]+", Tok.StrRegex, options: "m")
                .Rule("/", (l, _) =>
                {
                    l.Token(Tok.StrRegex);
                    l.Goto("regex_flags");
                }))
            .State("end_part", s => s.Rule(".+", Tok.CommentPreproc, "#pop", "m"));
    }

    private void OpenHeredoc(Match match, string name)
    {
        Token(Tok.Operator, match.Groups[1].Value);
        Token(Tok.NameConstant, match.Groups[2].Value + match.Groups[3].Value + match.Groups[4].Value);
        _heredocs.Add((match.Groups[1].Value is "<<-" or "<<~", name));
        if (!IsState("heredoc_queue"))
        {
            Push("heredoc_queue");
        }
    }

    // %q(...), %w[...], %r{...}: a state made for the delimiters, nesting when they pair.
    private static void SigilString(RubyLexer lexer, Match match)
    {
        var kind = match.Groups[1].Value;
        var delimiter = match.Groups[2].Value;
        var open = EscapeDelimiter(delimiter);
        var close = EscapeDelimiter(delimiter switch { "{" => "}", "[" => "]", "(" => ")", "<" => ">", _ => delimiter });
        var interpolates = kind.Length > 0 && "rQWxI".Contains(kind);
        var token = kind == "r" ? Tok.StrRegex : Tok.StrOther;
        if (kind == "r")
        {
            lexer.Push("regex_flags");
        }

        lexer.Token(token);
        var unique = Squeeze(open + close);
        if (open == close && open == @"\#")
        {
            unique = "";
        }

        lexer.Push($"sigil:{kind}:{delimiter}", s =>
        {
            s.Rule(@"\\[#" + unique + @"\\]", Tok.StrEscape);
            if (open != close)
            {
                s.Rule(open, (l, _) =>
                {
                    l.Token(token);
                    l.PushCurrent();
                });
            }

            s.Rule(close, token, "#pop");
            if (interpolates)
            {
                s.Mixin("string_intp_escaped");
                s.Rule("#", token);
            }
            else
            {
                s.Rule(@"[\\#]", token);
            }

            s.Rule("[^#" + unique + @"\\]+", token, options: "m");
        });
    }

    // Regexp.escape for one delimiter; escaping every symbol keeps '-' from forming a range in a class.
    private static string EscapeDelimiter(string delimiter) => char.IsLetterOrDigit(delimiter[0]) ? delimiter : "\\" + delimiter;

    // Ruby's String#squeeze: runs of the same character become one.
    private static string Squeeze(string text) =>
        string.Concat(text.Where((c, i) => i == 0 || text[i - 1] != c));
}
