namespace Ikim.Publisher.Site.Liquid.Highlighting.Lexers;

/// <summary>Rouge 3.30's shell lexer (lexers/shell.rb): sh, bash, zsh, ksh.</summary>
internal sealed class ShellLexer : RegexLexer<ShellLexer>
{
    private static readonly string Keywords = string.Join('|',
    [
        "if", "fi", "else", "while", "do", "done", "for", "then", "return", "function", "select", "continue",
        "until", "esac", "elif", "in",
    ]);

    private static readonly string Builtins = string.Join('|',
    [
        "alias", "bg", "bind", "break", "builtin", "caller", "cd", "command", "compgen", "complete", "declare",
        "dirs", "disown", "enable", "eval", "exec", "exit", "export", "false", "fc", "fg", "getopts", "hash", "help",
        "history", "jobs", "let", "local", "logout", "mapfile", "popd", "pushd", "pwd", "read", "readonly", "set",
        "shift", "shopt", "source", "suspend", "test", "time", "times", "trap", "true", "type", "typeset", "ulimit",
        "umask", "unalias", "unset", "wait", "cat", "tac", "nl", "od", "base32", "base64", "fmt", "pr", "fold",
        "head", "tail", "split", "csplit", "wc", "sum", "cksum", "b2sum", "md5sum", "sha1sum", "sha224sum",
        "sha256sum", "sha384sum", "sha512sum", "sort", "shuf", "uniq", "comm", "ptx", "tsort", "cut", "paste",
        "join", "tr", "expand", "unexpand", "ls", "dir", "vdir", "dircolors", "cp", "dd", "install", "mv", "rm",
        "shred", "link", "ln", "mkdir", "mkfifo", "mknod", "readlink", "rmdir", "unlink", "chown", "chgrp", "chmod",
        "touch", "df", "du", "stat", "sync", "truncate", "echo", "printf", "yes", "expr", "tee", "basename",
        "dirname", "pathchk", "mktemp", "realpath", "pwd", "stty", "printenv", "tty", "id", "logname", "whoami",
        "groups", "users", "who", "date", "arch", "nproc", "uname", "hostname", "hostid", "uptime", "chcon",
        "runcon", "chroot", "env", "nice", "nohup", "stdbuf", "timeout", "kill", "sleep", "factor", "numfmt", "seq",
        "tar", "grep", "sudo", "awk", "sed", "gzip", "gunzip",
    ]);

    private static readonly LexerStates<ShellLexer> Definition = new LexerStates<ShellLexer>()
        .State("basic", s => s
            .Rule("#.*$", Tok.Comment)
            .Rule(@"\b(" + Keywords + @")\s*\b", Tok.Keyword)
            .Rule(@"\bcase\b", Tok.Keyword, "case")
            .Rule(@"\b(" + Builtins + @")\s*\b(?!(\.|-))", Tok.NameBuiltin)
            .Rule(@"[.](?=\s)", Tok.NameBuiltin)
            .Rule(@"(\b\w+)(=)", (l, _) => l.Groups(Tok.NameVariable, Tok.Operator))
            .Rule(@"[\[\]{}()!=>]", Tok.Operator)
            .Rule(@"&&|\|\|", Tok.Operator)
            .Rule("<<<", Tok.Operator)
            .Rule(@"(<<-?)(\s*)(['""]?)(\\?)(\w+)(\3)", (l, m) =>
            {
                l.Groups(Tok.Operator, Tok.Text, Tok.StrHeredoc, Tok.StrHeredoc, Tok.NameConstant, Tok.StrHeredoc);
                l._heredoc = m.Groups[5].Value;
                l.Push("heredoc");
            }))
        .State("heredoc", s => s
            .Rule(@"\n", Tok.StrHeredoc, "heredoc_nl")
            .Rule(@"[^$\n\\]+", Tok.StrHeredoc)
            .Mixin("interp")
            .Rule("[$]", Tok.StrHeredoc))
        .State("heredoc_nl", s => s
            .Rule(@"\s*(\w+)\s*\n", (l, m) =>
            {
                if (m.Groups[1].Value == l._heredoc)
                {
                    l.Token(Tok.NameConstant);
                    l.Pop(2);
                }
                else
                {
                    l.Token(Tok.StrHeredoc);
                }
            })
            .Rule("", (l, _) => l.Pop()))
        .State("double_quotes", s => s
            .Rule(@"(?:\$#?)?""", Tok.StrDouble, "#pop")
            .Mixin("interp")
            .Rule(@"[^""`\\$]+", Tok.StrDouble))
        .State("ansi_string", s => s
            .Rule(@"\\.", Tok.StrEscape)
            .Rule(@"[^\\']+", Tok.StrSingle)
            .Mixin("single_quotes"))
        .State("single_quotes", s => s
            .Rule("'", Tok.StrSingle, "#pop")
            .Rule("[^']+", Tok.StrSingle))
        .State("data", s => s
            .Rule(@"\s+", Tok.Text)
            .Rule(@"\\.", Tok.StrEscape)
            .Rule(@"\$?""", Tok.StrDouble, "double_quotes")
            .Rule(@"\$'", Tok.StrSingle, "ansi_string")
            .Rule("'", Tok.StrSingle, "single_quotes")
            .Rule(@"\*", Tok.Keyword)
            .Rule(";", Tok.Punctuation)
            .Rule(@"--?[\w-]+", Tok.NameTag)
            .Rule(@"[^=\*\s{}()$""'`;\\<]+", Tok.Text)
            .Rule(@"\d+(?= |\Z)", Tok.Num)
            .Rule("<", Tok.Text)
            .Mixin("interp"))
        .State("curly", s => s
            .Rule("}", Tok.Keyword, "#pop")
            .Rule(":-", Tok.Keyword)
            .Rule("[a-zA-Z0-9_]+", Tok.NameVariable)
            .Rule(@"[^}:""`'$]+", Tok.Punctuation)
            .Mixin("root"))
        .State("paren_interp", s => s
            .Rule(@"\)", Tok.StrInterpol, "#pop")
            .Rule(@"\(", Tok.Operator, "paren_inner")
            .Mixin("root"))
        .State("paren_inner", s => s
            .Rule(@"\(", Tok.Operator, "#push")
            .Rule(@"\)", Tok.Operator, "#pop")
            .Mixin("root"))
        .State("math", s => s
            .Rule(@"\)\)", Tok.Keyword, "#pop")
            .Rule(@"[-+*/%^|&!]|\*\*|\|\|", Tok.Operator)
            .Rule(@"\d+(#\w+)?", Tok.Num)
            .Mixin("root"))
        .State("case", s => s
            .Rule(@"\besac\b", Tok.Keyword, "#pop")
            .Rule(@"\|", Tok.Punctuation)
            .Rule(@"\)", Tok.Punctuation, "case_stanza")
            .Mixin("root"))
        .State("case_stanza", s => s
            .Rule(";;", Tok.Punctuation, "#pop")
            .Mixin("root"))
        .State("backticks", s => s
            .Rule("`", Tok.StrBacktick, "#pop")
            .Mixin("root"))
        .State("interp", s => s
            .Rule(@"\\$", Tok.StrEscape)
            .Rule(@"\\.", Tok.StrEscape)
            .Rule(@"\$\(\(", Tok.Keyword, "math")
            .Rule(@"\$\(", Tok.StrInterpol, "paren_interp")
            .Rule(@"\${#?", Tok.Keyword, "curly")
            .Rule("`", Tok.StrBacktick, "backticks")
            .Rule(@"\$#?(\w+|.)", Tok.NameVariable)
            .Rule(@"\$[*@]", Tok.NameVariable))
        .State("root", s => s
            .Mixin("basic")
            .Mixin("data"));

    private string _heredoc = "";

    protected override LexerStates<ShellLexer> States => Definition;

    protected override ShellLexer New() => new();
}
