namespace Ikim.Publisher.Site.Liquid.Highlighting.Lexers;

/// <summary>Rouge 3.30's HTML lexer (lexers/html.rb); &lt;script&gt; and &lt;style&gt; bodies go to the JavaScript and CSS lexers.</summary>
internal sealed class HtmlLexer : RegexLexer<HtmlLexer>
{
    private const string TagName = @"[\p{L}:_-][\p{Word}\p{Cf}:.·-]*";

    private static readonly LexerStates<HtmlLexer> Definition = new LexerStates<HtmlLexer>()
        .State("root", s => s
            .Rule("[^<&]+", Tok.Text, options: "m")
            .Rule(@"&\S*?;", Tok.NameEntity)
            .Rule("<!DOCTYPE .*?>", Tok.CommentPreproc, options: "im")
            .Rule(@"<!\[CDATA\[.*?\]\]>", Tok.CommentPreproc, options: "m")
            .Rule("<!--", Tok.Comment, "comment")
            .Rule(@"<\?.*?\?>", Tok.CommentPreproc, options: "m")
            .Rule(@"<\s*script\s*", "m", (l, _) =>
            {
                l.Token(Tok.NameTag);
                l._javascript.Reset();
                l.Push("script_content");
                l.Push("tag");
            })
            .Rule(@"<\s*style\s*", "m", (l, _) =>
            {
                l.Token(Tok.NameTag);
                l._css.Reset();
                l.Push("style_content");
                l.Push("tag");
            })
            .Rule("</", Tok.NameTag, "tag_end")
            .Rule("<", Tok.NameTag, "tag_start")
            .Rule(@"<\s*" + TagName, Tok.NameTag, "tag")
            .Rule(@"<\s*/\s*" + TagName + @"\s*>", Tok.NameTag))
        .State("tag_end", s => s
            .Mixin("tag_end_end")
            .Rule(TagName, (l, _) =>
            {
                l.Token(Tok.NameTag);
                l.Goto("tag_end_end");
            }))
        .State("tag_end_end", s => s
            .Rule(@"\s+", Tok.Text)
            .Rule(">", Tok.NameTag, "#pop"))
        .State("tag_start", s => s
            .Rule(@"\s+", Tok.Text)
            .Rule(TagName, (l, _) =>
            {
                l.Token(Tok.NameTag);
                l.Goto("tag");
            })
            .Rule("", (l, _) => l.Goto("tag")))
        .State("comment", s => s
            .Rule("[^-]+", Tok.Comment)
            .Rule("-->", Tok.Comment, "#pop")
            .Rule("-", Tok.Comment))
        .State("tag", s => s
            .Rule(@"\s+", Tok.Text, options: "m")
            .Rule(@"[\p{L}:_\[\]()*.-][\p{Word}\p{Cf}:.·\[\]()*-]*\s*=\s*", Tok.NameAttribute, "attr", "m")
            .Rule(@"[\p{L}:_*#-][\p{Word}\p{Cf}:.·*#-]*", Tok.NameAttribute)
            .Rule(@"/?\s*>", Tok.NameTag, "#pop", "m"))
        .State("attr", s => s
            .Rule("\"", (l, _) =>
            {
                l.Token(Tok.Str);
                l.Goto("dq");
            })
            .Rule("'", (l, _) =>
            {
                l.Token(Tok.Str);
                l.Goto("sq");
            })
            .Rule(@"[^\s>]+", Tok.Str, "#pop"))
        .State("dq", s => s
            .Rule("\"", Tok.Str, "#pop")
            .Rule("[^\"]+", Tok.Str))
        .State("sq", s => s
            .Rule("'", Tok.Str, "#pop")
            .Rule("[^']+", Tok.Str))
        .State("script_content", s => s
            .Rule("[^<]+", (l, _) => l.Delegate(l._javascript))
            .Rule(@"<\s*/\s*script\s*>", Tok.NameTag, "#pop", "m")
            .Rule("<", (l, _) => l.Delegate(l._javascript)))
        .State("style_content", s => s
            .Rule("[^<]+", (l, _) => l.Delegate(l._css))
            .Rule(@"<\s*/\s*style\s*>", Tok.NameTag, "#pop", "m")
            .Rule("<", (l, _) => l.Delegate(l._css)));

    private readonly JavascriptLexer _javascript = new();
    private readonly CssLexer _css = new();

    protected override LexerStates<HtmlLexer> States => Definition;

    protected override HtmlLexer New() => new();

    protected override void OnStart()
    {
        _javascript.Reset();
        _css.Reset();
    }
}
