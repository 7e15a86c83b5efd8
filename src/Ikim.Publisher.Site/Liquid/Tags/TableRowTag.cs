using System.Globalization;
using System.Text;
using Ikim.Publisher.Site.Liquid.Expressions;
using Ikim.Publisher.Site.Liquid.Nodes;
using Ikim.Publisher.Site.Liquid.Parsing;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Tags;

/// <summary>
/// <c>{% tablerow item in collection cols: n limit: n offset: n %}</c> (Liquid::TableRow): table
/// rows and cells with Liquid's exact markup. Without <c>cols</c> every cell is in one row.
/// </summary>
internal sealed class TableRowTag : BlockTag
{
    private readonly string _variable;
    private readonly Expression? _collection;
    private readonly Dictionary<string, Expression?> _attributes = new(StringComparer.Ordinal);
    private readonly BlockBody _body = new();

    public TableRowTag(TagSource source)
        : base(source)
    {
        var match = LiquidSyntax.TableRowSyntax().Match(source.Markup);
        if (!match.Success)
        {
            throw LiquidException.Syntax("Syntax Error in 'table_row loop' - Valid syntax: table_row [item] in [collection] cols=3");
        }

        _variable = match.Groups[1].Value;
        _collection = ExpressionParser.Parse(match.Groups[2].Value);
        foreach (System.Text.RegularExpressions.Match attribute in LiquidSyntax.TagAttributesPattern().Matches(source.Markup))
        {
            _attributes[attribute.Groups[1].Value] = ExpressionParser.Parse(attribute.Groups[2].Value);
        }

        while (ParseBody(_body, source))
        {
        }
    }

    public override void Render(RenderContext context, StringBuilder output)
    {
        var collection = _collection?.Evaluate(context);
        if (!RubyValue.IsTruthy(collection))
        {
            return;
        }

        var from = _attributes.TryGetValue("offset", out var offset) ? RubyNumber.ToLong(offset?.Evaluate(context)) : 0;
        long? to = _attributes.TryGetValue("limit", out var limit) ? from + RubyNumber.ToLong(limit?.Evaluate(context)) : null;
        var items = LoopSegment.Slice(collection, from, to);
        var cols = _attributes.TryGetValue("cols", out var colsExpression) ? RubyNumber.ToLong(colsExpression?.Evaluate(context)) : 0;

        output.Append("<tr class=\"row1\">\n");
        context.Push();
        try
        {
            var loop = new TablerowloopDrop(items.Count, cols);
            context.SetLocal("tablerowloop", loop);
            foreach (var item in items)
            {
                context.CheckTime();
                context.SetLocal(_variable, item);
                output.Append(CultureInfo.InvariantCulture, $"<td class=\"col{loop.Col}\">");
                _body.Render(context, output);
                output.Append("</td>");
                if (loop.ColLast && !loop.Last)
                {
                    output.Append(CultureInfo.InvariantCulture, $"</tr>\n<tr class=\"row{loop.Row + 1}\">");
                }

                loop.Increment();
            }
        }
        finally
        {
            context.Pop();
        }

        output.Append("</tr>\n");
    }
}
