namespace Ikim.Publisher.Site.Markdown.Highlighting.Lexers;

/// <summary>Rouge 3.30's <c>diff</c> lexer (lib/rouge/lexers/diff.rb).</summary>
public sealed class DiffLexer : RougeLexer
{
    public DiffLexer()
    {
        State(
            "root",
            R(@"^ .*$\n?", Text),
            R(@"^---$\n?", "p"),
            R(@"^[+>]+.*$\n?", "gi"),
            R(@"^\+.*$\n?", "gi"),
            R(@"^[-<]+.*$\n?", "gd"),
            R(@"^!.*$\n?", "gs"),
            R(@"^([Ii]ndex|diff).*$\n?", "gh"),
            Groups(@"^(@@[^@]*@@)([^\n]*\n)", "p", Text),
            R(@"^\w.*$\n?", "p"),
            R(@"^=.*$\n?", "gh"),
            R(@"\s.*$\n?", Text));
    }

    public override IReadOnlyList<string> Names => ["diff", "patch", "udiff"];
}
