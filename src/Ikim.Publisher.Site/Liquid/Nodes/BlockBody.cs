using System.Text;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Liquid.Expressions;
using Ikim.Publisher.Site.Liquid.Parsing;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Nodes;

/// <summary>The tag that ended a body: an end tag, <c>else</c>, <c>when</c>… or null at the end of the template.</summary>
internal readonly record struct EndTag(string? Name, string? Markup, Token? Token);

/// <summary>
/// Liquid::BlockBody: a list of nodes, parsed until a tag this body does not know (which its
/// block handles: <c>endif</c>, <c>else</c>…), and rendered in order until a break/continue.
/// </summary>
internal sealed class BlockBody
{
    public List<Node> Nodes { get; } = [];

    public bool IsBlank { get; private set; } = true;

    public EndTag Parse(Tokenizer tokens, ParseContext context) =>
        tokens.ForLiquidTag ? ParseLiquidLines(tokens, context) : ParseDocument(tokens, context);

    /// <summary>Drops whitespace-only text from a blank block, so it renders nothing at all.</summary>
    public void RemoveBlankStrings() => Nodes.RemoveAll(node => node is TextNode);

    public void Render(RenderContext context, StringBuilder output)
    {
        context.CountRender(Nodes.Count);
        foreach (var node in Nodes)
        {
            if (node is TextNode text)
            {
                output.Append(text.Text);
            }
            else
            {
                RenderNode(node, context, output);
                if (context.HasInterrupt)
                {
                    break;
                }
            }

            context.CheckLimits(output);
        }
    }

    private static void RenderNode(Node node, RenderContext context, StringBuilder output)
    {
        try
        {
            node.Render(context, output);
        }
        catch (LiquidException error)
        {
            error.Position ??= node.Position;
            throw;
        }
        catch (Exception error) when (error is not OperationCanceledException and not Diagnostics.SiteBuildException)
        {
            throw new LiquidException(error.Message, inner: error) { Position = node.Position };
        }
    }

    private EndTag ParseDocument(Tokenizer tokens, ParseContext context)
    {
        while (tokens.Shift() is { } token)
        {
            if (token.Text.Length == 0)
            {
                continue;
            }

            var position = new SourcePosition(context.SourcePath, token.Line, token.Column);
            context.Position = position;
            if (token.Text.StartsWith("{%", StringComparison.Ordinal))
            {
                HandleWhitespace(token.Text, context);
                var match = LiquidSyntax.FullToken().Match(token.Text);
                if (!match.Success)
                {
                    throw LiquidException.Syntax($"Tag '{token.Text}' was not properly terminated with regexp: /\\%\\}}/");
                }

                var name = match.Groups[2].Value;
                var markup = match.Groups[4].Value;
                if (name == "liquid")
                {
                    ParseLiquidTag(markup, token, context);
                    continue;
                }

                if (!context.Tags.TryGet(name, out var factory))
                {
                    return new EndTag(name, markup, token);
                }

                Add(factory(new TagSource(name, markup, position, tokens, context)));
            }
            else if (token.Text.StartsWith("{{", StringComparison.Ordinal))
            {
                HandleWhitespace(token.Text, context);
                var match = LiquidSyntax.ContentOfVariable().Match(token.Text);
                if (!match.Success)
                {
                    throw LiquidException.Syntax($"Variable '{token.Text}' was not properly terminated with regexp: /\\}}\\}}/");
                }

                Nodes.Add(new OutputNode(position, FilteredExpression.Parse(match.Groups[1].Value, context)));
                IsBlank = false;
            }
            else
            {
                var text = context.TrimWhitespace ? RubyString.LStrip(token.Text) : token.Text;
                context.TrimWhitespace = false;
                var node = new TextNode(position, text);
                Nodes.Add(node);
                IsBlank &= node.IsBlank;
            }
        }

        return new EndTag(null, null, null);
    }

    private EndTag ParseLiquidLines(Tokenizer tokens, ParseContext context)
    {
        while (tokens.Shift() is { } token)
        {
            if (LiquidSyntax.WhitespaceOrNothing().IsMatch(token.Text))
            {
                continue;
            }

            var position = new SourcePosition(context.SourcePath, token.Line, token.Column);
            context.Position = position;
            var match = LiquidSyntax.LiquidTagToken().Match(token.Text);
            if (!match.Success)
            {
                return new EndTag(token.Text, token.Text, token);
            }

            var name = match.Groups[1].Value;
            if (!context.Tags.TryGet(name, out var factory))
            {
                return new EndTag(name, match.Groups[2].Value, token);
            }

            Add(factory(new TagSource(name, match.Groups[2].Value, position, tokens, context)));
        }

        return new EndTag(null, null, null);
    }

    private void ParseLiquidTag(string markup, Token token, ParseContext context)
    {
        var lines = Tokenizer.ForLiquid(markup, token.Line, token.Column);
        var end = ParseLiquidLines(lines, context);
        if (end.Name is not null)
        {
            throw BlockTag.UnknownTagError(end.Name, "liquid", "%}");
        }
    }

    private void Add(Node node)
    {
        IsBlank &= node.IsBlank;
        Nodes.Add(node);
    }

    // '{%-' or '{{-' trims the text before it; '-%}' or '-}}' trims the text after it.
    private void HandleWhitespace(string token, ParseContext context)
    {
        if (token.Length > 2 && token[2] == '-' && Nodes.Count > 0 && Nodes[^1] is TextNode previous)
        {
            previous.Text = RubyString.RStrip(previous.Text);
        }

        context.TrimWhitespace = token.Length >= 3 && token[^3] == '-';
    }
}
