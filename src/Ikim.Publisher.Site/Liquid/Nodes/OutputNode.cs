using System.Text;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Liquid.Expressions;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Nodes;

/// <summary><c>{{ expression | filters }}</c>: prints the value as Ruby would (arrays joined, nil as nothing).</summary>
internal sealed class OutputNode(SourcePosition position, FilteredExpression expression) : Node(position)
{
    public override void Render(RenderContext context, StringBuilder output) =>
        output.Append(RubyValue.ToOutput(expression.Evaluate(context)));
}
