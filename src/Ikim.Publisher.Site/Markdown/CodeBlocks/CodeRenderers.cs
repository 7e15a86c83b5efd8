using System.Text;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Markdown.Highlighting;
using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ikim.Publisher.Site.Markdown.CodeBlocks;

/// <summary>
/// kramdown's <c>convert_codeblock</c> with Rouge: a block in a language Rouge knows (or without
/// one: default_lang) is wrapped as <c>&lt;div class="language-x highlighter-rouge"&gt;</c>
/// around Rouge's markup; an unknown language gives <c>&lt;pre&gt;&lt;code class="language-x"&gt;</c>.
/// </summary>
public sealed partial class CodeBlockRenderer : KramdownObjectRenderer<CodeBlock>
{
    protected override void Write(KramdownHtmlRenderer renderer, CodeBlock obj)
    {
        var attributes = KramdownAttributes.Find(obj)?.Clone() ?? new KramdownAttributes();
        var info = obj is FencedCodeBlock fenced && !string.IsNullOrEmpty(fenced.Info) ? fenced.Info : null;
        if (info is not null)
        {
            var name = info.Split('?', 2)[0];
            // The fence's language comes first, as kramdown sets it before the IAL appends.
            attributes["class"] = ("language-" + name + " " + attributes["class"]).TrimEnd();
        }

        var language = ExtractLanguage(attributes);
        var code = Code(obj);
        var indent = renderer.Indent;
        var highlighted = RougeHighlighter.FormatBlock(code, info ?? language ?? renderer.Options.DefaultLang);
        if (highlighted is not null)
        {
            AddHighlighterClass(attributes, language ?? renderer.Options.DefaultLang);
            renderer.WriteIndent(indent).Write("<div").Write(attributes.ToHtml()).Write('>').Write(highlighted).WriteIndent(indent).Write("</div>\n");
            return;
        }

        var codeAttributes = new KramdownAttributes();
        if (language is not null)
        {
            codeAttributes["class"] = "language-" + language;
        }

        renderer.WriteIndent(indent).Write("<pre").Write(attributes.ToHtml()).Write("><code").Write(codeAttributes.ToHtml()).Write('>')
            .Write(KramdownHtml.EscapeAll(code).TrimEnd('\n')).Write("\n</code></pre>\n");
    }

    /// <summary>The code with a newline after every line, as kramdown's element value holds it.</summary>
    public static string Code(LeafBlock block)
    {
        var code = new StringBuilder();
        var lines = block.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            code.Append(lines.Lines[i].Slice.ToString()).Append('\n');
        }

        return code.ToString();
    }

    /// <summary>kramdown's <c>extract_code_language!</c>: takes <c>language-x</c> out of the class.</summary>
    public static string? ExtractLanguage(KramdownAttributes attributes)
    {
        var match = attributes["class"] is { } css ? LanguageClass().Match(css) : Match.Empty;
        if (!match.Success)
        {
            return null;
        }

        var rest = attributes["class"]!.Remove(match.Index, match.Length).Trim();
        attributes["class"] = rest.Length == 0 ? null : rest;
        return match.Groups[1].Value;
    }

    /// <summary>kramdown's <c>add_syntax_highlighter_to_class_attr</c>.</summary>
    public static void AddHighlighterClass(KramdownAttributes attributes, string language)
    {
        var css = ((attributes["class"] ?? "") + " highlighter-rouge").TrimStart();
        var match = LanguageClass().Match(css);
        attributes["class"] = match.Success
            ? css.Remove(match.Index, match.Length).Insert(match.Index, "language-" + language)
            : "language-" + language + " " + css;
    }

    [GeneratedRegex(@"\blanguage-(\S+)")]
    private static partial Regex LanguageClass();
}

/// <summary>kramdown's <c>convert_codespan</c>: highlighted as default_lang, so plain text gets Rouge's classes too.</summary>
public sealed class CodeInlineRenderer : KramdownObjectRenderer<CodeInline>
{
    protected override void Write(KramdownHtmlRenderer renderer, CodeInline obj)
    {
        var attributes = KramdownAttributes.Find(obj)?.Clone() ?? new KramdownAttributes();
        var language = attributes["class"] is { } css && css.Contains("language-", StringComparison.Ordinal)
            ? CodeBlockRenderer.ExtractLanguage(attributes.Clone())
            : null;
        var code = obj.Content;
        var tokens = RougeHighlighter.FormatTokens(code, language ?? renderer.Options.DefaultLang);
        if (tokens is not null)
        {
            CodeBlockRenderer.AddHighlighterClass(attributes, language ?? renderer.Options.DefaultLang);
        }

        renderer.Write("<code").Write(attributes.ToHtml()).Write('>').Write(tokens ?? KramdownHtml.EscapeAll(code)).Write("</code>");
    }
}
