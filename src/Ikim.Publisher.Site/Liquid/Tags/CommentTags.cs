using System.Text;
using Ikim.Publisher.Site.Liquid.Nodes;
using Ikim.Publisher.Site.Liquid.Parsing;
using Ikim.Publisher.Site.Liquid.Runtime;

namespace Ikim.Publisher.Site.Liquid.Tags;

/// <summary>
/// <c>{% comment %}…{% endcomment %}</c>. As in Liquid the body is still parsed (so a broken tag
/// inside is an error), but unknown tags are skipped and nothing renders.
/// </summary>
internal sealed class CommentTag : BlockTag
{
    public CommentTag(TagSource source)
        : base(source)
    {
        var body = new BlockBody();
        while (ParseBody(body, source))
        {
        }
    }

    public override bool IsBlank => true;

    public override void Render(RenderContext context, StringBuilder output)
    {
    }

    protected override void UnknownTag(EndTag tag, TagSource source)
    {
    }
}

/// <summary><c>{% # note %}</c>: an inline comment; every line of it must start with '#'.</summary>
internal sealed class InlineCommentTag : Tag
{
    public InlineCommentTag(TagSource source)
        : base(source)
    {
        if (LiquidSyntax.InlineCommentInvalid().IsMatch(source.Markup))
        {
            throw LiquidException.Syntax("Syntax error in tag '#' - Each line of comments must be prefixed by the '#' character");
        }
    }

    public override bool IsBlank => true;

    public override void Render(RenderContext context, StringBuilder output)
    {
    }
}

/// <summary>
/// <c>{% raw %}…{% endraw %}</c>: the body is output as written. As in Liquid, <c>{%- endraw %}</c>
/// does not end the block (the '-' is not part of a tag name there).
/// </summary>
internal sealed class RawTag : Tag
{
    private readonly string _body;

    public RawTag(TagSource source)
        : base(source)
    {
        if (!LiquidSyntax.WhitespaceOrNothing().IsMatch(source.Markup))
        {
            throw LiquidException.Syntax("Syntax Error in 'raw' - Valid syntax: raw");
        }

        var body = new StringBuilder();
        while (source.Tokens.Shift() is { } token)
        {
            var end = LiquidSyntax.FullTokenPossiblyInvalid().Match(token.Text);
            if (end.Success && end.Groups[2].Value == "endraw")
            {
                body.Append(end.Groups[1].Value);
                _body = body.ToString();
                return;
            }

            body.Append(token.Text);
        }

        throw new LiquidException("'raw' tag was never closed", isSyntaxError: true) { Position = source.Position };
    }

    public override bool IsBlank => _body.Length == 0;

    public override void Render(RenderContext context, StringBuilder output) => output.Append(_body);
}

/// <summary><c>{% render %}</c> exists in Liquid 5 but Jekyll gives it no file system: using it is an error.</summary>
internal sealed class RenderTag(TagSource source) : Tag(source)
{
    public override void Render(RenderContext context, StringBuilder output) =>
        throw new LiquidException("This liquid context does not allow includes.");
}
