using System.Text;
using Ikim.Publisher.Site.Liquid.Expressions;
using Ikim.Publisher.Site.Liquid.Nodes;
using Ikim.Publisher.Site.Liquid.Parsing;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Tags;

/// <summary>
/// <c>{% cycle 'a', 'b' %}</c> and <c>{% cycle 'group': 'a', 'b' %}</c> (Liquid::Cycle). Without a
/// group, cycles with the same literal values share their position (Liquid keys them by the
/// values' inspect); a cycle over variables gets a position of its own.
/// </summary>
internal sealed class CycleTag : Tag
{
    private readonly Expression[] _values;
    private readonly Expression? _group;
    private readonly string _key;

    public CycleTag(TagSource source)
        : base(source)
    {
        var named = LiquidSyntax.CycleNamed().Match(source.Markup);
        if (named.Success)
        {
            _values = ValuesFrom(named.Groups[2].Value);
            _group = ExpressionParser.Parse(named.Groups[1].Value);
            _key = "";
        }
        else if (LiquidSyntax.CycleSimple().IsMatch(source.Markup))
        {
            _values = ValuesFrom(source.Markup);
            _key = _values.All(v => v is LiteralExpression)
                ? "values:" + RubyValue.Inspect(_values.Select(v => ((LiteralExpression)v).Value).ToList())
                : "tag:" + Guid.NewGuid().ToString("N");
        }
        else
        {
            throw LiquidException.Syntax("Syntax Error in 'cycle' - Valid syntax: cycle [name :] var [, var2, var3 ...]");
        }
    }

    public override void Render(RenderContext context, StringBuilder output)
    {
        var positions = context.Register<Dictionary<string, int>>("cycle");
        var key = _group is null ? _key : "group:" + RubyValue.ClassName(_group.Evaluate(context)) + ":" + RubyValue.Inspect(_group.Evaluate(context));
        var iteration = positions.GetValueOrDefault(key);
        if (iteration < _values.Length)
        {
            output.Append(RubyValue.ToOutput(_values[iteration].Evaluate(context)));
        }

        iteration++;
        positions[key] = iteration >= _values.Length ? 0 : iteration;
    }

    private static Expression[] ValuesFrom(string markup) => markup.Split(',')
        .Select(part => LiquidSyntax.CycleValue().Match(part))
        .Where(match => match.Success)
        .Select(match => ExpressionParser.Parse(match.Groups[1].Value) ?? LiteralExpression.Nil)
        .ToArray();
}
