using System.Text;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Liquid.Highlighting;
using Ikim.Publisher.Site.Liquid.Nodes;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Tags;

/// <summary>
/// Jekyll's <c>{% highlight lang [linenos] %}…{% endhighlight %}</c>: the body is rendered as
/// Liquid, then highlighted with Rouge-compatible markup inside
/// <c>&lt;figure class="highlight"&gt;&lt;pre&gt;&lt;code class="language-…" data-lang="…"&gt;</c>.
/// </summary>
internal sealed partial class HighlightTag : BlockTag
{
    private readonly string _language;
    private readonly bool _lineNumbers;
    private readonly BlockBody _body = new();

    public HighlightTag(TagSource source)
        : base(source)
    {
        var match = Syntax().Match(RubyString.Strip(source.Markup));
        if (!match.Success)
        {
            throw LiquidException.Syntax(
                $"Syntax Error in tag 'highlight' while parsing the following markup: {source.Markup} Valid syntax: highlight <lang> [linenos]");
        }

        _language = match.Groups[1].Value.ToLowerInvariant();
        _lineNumbers = OptionPattern().Matches(match.Groups[2].Value).Any(option => option.Value.Split('=')[0] == "linenos");
        while (ParseBody(_body, source))
        {
        }
    }

    public override void Render(RenderContext context, StringBuilder output)
    {
        var rendered = new StringBuilder();
        _body.Render(context, rendered);
        var code = LineTerminators().Replace(rendered.ToString(), "");
        var html = _lineNumbers ? RougeHighlighter.HighlightTable(_language, code) : RougeHighlighter.Highlight(_language, code);
        output.Append(RubyValue.ToS(context.FindVariableOrNull("highlighter_prefix")))
            .Append("<figure class=\"highlight\"><pre><code class=\"language-").Append(_language.Replace('+', '-'))
            .Append("\" data-lang=\"").Append(_language).Append("\">")
            .Append(html.EndsWith('\n') ? html[..^1] : html)
            .Append("</code></pre></figure>")
            .Append(RubyValue.ToS(context.FindVariableOrNull("highlighter_suffix")));
    }

    [GeneratedRegex(@"^([a-zA-Z0-9.+#_-]+)((?:[ \t\r\n\f\v]+[a-zA-Z0-9_]+(?:=(?:[a-zA-Z0-9_]+|""(?:[0-9]+[ \t\r\n\f\v])*[0-9]+""))?)*)$", RegexOptions.Multiline)]
    private static partial Regex Syntax();

    [GeneratedRegex(@"(?:[a-zA-Z0-9_]=""[^""]*""|[a-zA-Z0-9_]=[a-zA-Z0-9_]|[a-zA-Z0-9_])+")]
    private static partial Regex OptionPattern();

    [GeneratedRegex(@"\A(?:\n|\r)+|(?:\n|\r)+\z")]
    private static partial Regex LineTerminators();
}
