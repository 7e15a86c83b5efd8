using System.Text;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Liquid.Runtime;

namespace Ikim.Publisher.Site.Liquid.Nodes;

/// <summary>A piece of a parsed template: text, an output, or a tag.</summary>
internal abstract class Node(SourcePosition position)
{
    /// <summary>Where the node starts in its file (errors point here).</summary>
    public SourcePosition Position { get; } = position;

    /// <summary>
    /// Liquid's <c>blank?</c>: a node that never produces output. A block whose body is blank
    /// drops its whitespace-only text, so <c>{% if x %}\n  {% assign y = 1 %}\n{% endif %}</c> renders nothing.
    /// </summary>
    public virtual bool IsBlank => false;

    public abstract void Render(RenderContext context, StringBuilder output);
}

/// <summary>Template text between tags. Whitespace control trims it while parsing, so it is mutable until then.</summary>
internal sealed class TextNode(SourcePosition position, string text) : Node(position)
{
    public string Text { get; set; } = text;

    public override bool IsBlank => Text.All(Values.RubyString.IsRegexSpace);

    public override void Render(RenderContext context, StringBuilder output) => output.Append(Text);
}
