using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Markdown.Highlighting.Lexers;

/// <summary>
/// Rouge 3.30's <c>shell</c> lexer (lib/rouge/lexers/shell.rb), without its here-document rule
/// (which needs the delimiter remembered while lexing): a <c>&lt;&lt;EOF</c> comes out as operators.
/// </summary>
public sealed class ShellLexer : RougeLexer
{
    private const string Keywords = "if|fi|else|while|do|done|for|then|return|function|select|continue|until|esac|elif|in";

    private const string Builtins =
        "alias|bg|bind|break|builtin|caller|cd|command|compgen|complete|declare|dirs|disown|enable|eval|exec|exit|" +
        "export|false|fc|fg|getopts|hash|help|history|jobs|let|local|logout|mapfile|popd|pushd|pwd|read|readonly|set|" +
        "shift|shopt|source|suspend|test|time|times|trap|true|type|typeset|ulimit|umask|unalias|unset|wait|" +
        "cat|tac|nl|od|base32|base64|fmt|pr|fold|head|tail|split|csplit|wc|sum|cksum|b2sum|md5sum|sha1sum|sha224sum|" +
        "sha256sum|sha384sum|sha512sum|sort|shuf|uniq|comm|ptx|tsort|cut|paste|join|tr|expand|unexpand|ls|dir|vdir|" +
        "dircolors|cp|dd|install|mv|rm|shred|link|ln|mkdir|mkfifo|mknod|readlink|rmdir|unlink|chown|chgrp|chmod|touch|" +
        "df|du|stat|sync|truncate|echo|printf|yes|expr|tee|basename|dirname|pathchk|mktemp|realpath|pwd|stty|printenv|" +
        "tty|id|logname|whoami|groups|users|who|date|arch|nproc|uname|hostname|hostid|uptime|chcon|runcon|chroot|env|" +
        "nice|nohup|stdbuf|timeout|kill|sleep|factor|numfmt|seq|tar|grep|sudo|awk|sed|gzip|gunzip";

    // Ruby's \w, \s and \b are ASCII-only.
    private const RegexOptions Ascii = RegexOptions.ECMAScript;

    public ShellLexer()
    {
        State(
            "interp",
            R(@"\\$", "se", options: Ascii),
            R(@"\\[\s\S]", "se", options: Ascii),
            R(@"\$\(\(", "k", push: "math", options: Ascii),
            R(@"\$\(", "si", push: "paren_interp", options: Ascii),
            R(@"\$\{#?", "k", push: "curly", options: Ascii),
            R("`", "sb", push: "backticks", options: Ascii),
            R(@"\$#?(\w+|.)", "nv", options: Ascii),
            R(@"\$[*@]", "nv", options: Ascii));
        State(
            "basic",
            R("#.*$", "c", options: Ascii),
            R(@"\b(" + Keywords + @")\s*\b", "k", options: Ascii),
            R(@"\bcase\b", "k", push: "case", options: Ascii),
            R(@"\b(" + Builtins + @")\s*\b(?!(\.|-))", "nb", options: Ascii),
            R(@"[.](?=\s)", "nb", options: Ascii),
            Groups(@"(\b\w+)(=)", Ascii, "nv", "o"),
            R(@"[\[\]{}()!=>]", "o", options: Ascii),
            R(@"&&|\|\|", "o", options: Ascii),
            R("<<<", "o", options: Ascii));
        State("single_quotes", R("'", "s1", pop: true, options: Ascii), R("[^']+", "s1", options: Ascii));
        State("ansi_string", [R(@"\\[\s\S]", "se", options: Ascii), R(@"[^\\']+", "s1", options: Ascii), .. Mixin("single_quotes")]);
        State("double_quotes", [R(@"(?:\$#?)?""", "s2", pop: true, options: Ascii), .. Mixin("interp"), R(@"[^""`\\$]+", "s2", options: Ascii)]);
        State(
            "data",
            [
                R(@"\s+", Text, options: Ascii),
                R(@"\\[\s\S]", "se", options: Ascii),
                R(@"\$?""", "s2", push: "double_quotes", options: Ascii),
                R(@"\$'", "s1", push: "ansi_string", options: Ascii),
                R("'", "s1", push: "single_quotes", options: Ascii),
                R(@"\*", "k", options: Ascii),
                R(";", "p", options: Ascii),
                R(@"--?[\w-]+", "nt", options: Ascii),
                R(@"[^=\*\s{}()$""'`;\\<]+", Text, options: Ascii),
                R(@"\d+(?= |$(?![\s\S]))", "m", options: Ascii),
                R("<", Text, options: Ascii),
                .. Mixin("interp"),
            ]);
        State("root", [.. Mixin("basic"), .. Mixin("data")]);
        State("curly", [R("}", "k", pop: true, options: Ascii), R(":-", "k", options: Ascii), R("[a-zA-Z0-9_]+", "nv", options: Ascii), R(@"[^}:""`'$]+", "p", options: Ascii), .. Mixin("root")]);
        State("paren_interp", [R(@"\)", "si", pop: true, options: Ascii), R(@"\(", "o", push: "paren_inner", options: Ascii), .. Mixin("root")]);
        State("paren_inner", [R(@"\(", "o", push: "push", options: Ascii), R(@"\)", "o", pop: true, options: Ascii), .. Mixin("root")]);
        State("math", [R(@"\)\)", "k", pop: true, options: Ascii), R(@"[-+*/%^|&!]|\*\*|\|\|", "o", options: Ascii), R(@"\d+(#\w+)?", "m", options: Ascii), .. Mixin("root")]);
        State("case", [R(@"\besac\b", "k", pop: true, options: Ascii), R(@"\|", "p", options: Ascii), R(@"\)", "p", push: "case_stanza", options: Ascii), .. Mixin("root")]);
        State("case_stanza", [R(";;", "p", pop: true, options: Ascii), .. Mixin("root")]);
        State("backticks", [R("`", "sb", pop: true, options: Ascii), .. Mixin("root")]);
    }

    public override IReadOnlyList<string> Names => ["shell", "bash", "zsh", "ksh", "sh"];
}
