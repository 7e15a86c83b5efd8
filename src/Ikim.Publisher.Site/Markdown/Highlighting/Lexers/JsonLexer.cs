using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Markdown.Highlighting.Lexers;

/// <summary>Rouge 3.30's <c>json</c> lexer (lib/rouge/lexers/json.rb).</summary>
public sealed class JsonLexer : RougeLexer
{
    public JsonLexer()
    {
        State("whitespace", R(@"\s+", "w"));
        State(
            "constants",
            R("(?:true|false|null)", "kc"),
            R(@"-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?", "mf", options: RegexOptions.IgnoreCase),
            R(@"-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?", "mi", options: RegexOptions.IgnoreCase));
        State("name", Groups(@"(""(?:\\.|[^""\\\n])*?"")(\s*)(:)", "nl", "w", "p"));
        State("value", [.. Mixin("whitespace"), .. Mixin("constants"), R("\"", "s2", push: "string"), R(@"\[", "p", push: "array"), R("{", "p", push: "object")]);
        State("string", R(@"[^\\""]+", "s2"), R(@"\\.", "se"), R("\"", "s2", pop: true));
        State("array", [.. Mixin("value"), R(@"\]", "p", pop: true), R(",", "p")]);
        State("object", [.. Mixin("whitespace"), .. Mixin("name"), .. Mixin("value"), R("}", "p", pop: true), R(",", "p")]);
        State("root", [.. Mixin("whitespace"), R("{", "p", push: "object"), R(@"\[", "p", push: "array"), .. Mixin("name"), .. Mixin("value"), R(@"[\]}]", "p")]);
    }

    public override IReadOnlyList<string> Names => ["json"];
}
