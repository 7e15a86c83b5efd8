using System.Collections;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Expressions;

/// <summary>
/// Liquid::VariableLookup: <c>page.items[0].name</c>. A key is looked up when the object has it;
/// otherwise <c>size</c>, <c>first</c> and <c>last</c> (written with a dot) ask the object itself,
/// so a hash key named <c>size</c> wins over the hash's size.
/// </summary>
internal sealed class VariableLookup : Expression
{
    private readonly object _name;
    private readonly object[] _lookups;
    private readonly bool[] _commands;

    private VariableLookup(object name, object[] lookups, bool[] commands)
    {
        _name = name;
        _lookups = lookups;
        _commands = commands;
    }

    public static VariableLookup Parse(string markup)
    {
        var parts = Parsing.LiquidSyntax.VariableParser().Matches(markup).Select(m => m.Value).ToList();
        object name = "";
        if (parts.Count > 0)
        {
            name = Bracketed(parts[0]) is { } inner ? (object?)Parsing.ExpressionParser.Parse(inner) ?? LiteralExpression.Nil : parts[0];
            parts.RemoveAt(0);
        }

        var lookups = new object[parts.Count];
        var commands = new bool[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            if (Bracketed(parts[i]) is { } inner)
            {
                lookups[i] = Parsing.ExpressionParser.Parse(inner) ?? (object)LiteralExpression.Nil;
            }
            else
            {
                lookups[i] = parts[i];
                commands[i] = parts[i] is "size" or "first" or "last";
            }
        }

        return new VariableLookup(name, lookups, commands);
    }

    public override object? Evaluate(RenderContext context)
    {
        var name = _name is Expression expression ? expression.Evaluate(context) : _name;
        var current = context.FindVariable(name);
        for (var i = 0; i < _lookups.Length; i++)
        {
            var key = _lookups[i] is Expression keyExpression ? keyExpression.Evaluate(context) : _lookups[i];
            if (TryIndex(current, key, out var found))
            {
                current = found;
            }
            else if (_commands[i] && TryCommand(current, (string)key!, out var answer))
            {
                current = answer;
            }
            else
            {
                if (context.StrictVariables)
                {
                    throw new LiquidException($"undefined variable {RubyValue.ToS(key)}");
                }

                return null;
            }
        }

        return current;
    }

    /// <summary><c>object[key]</c> when the object is a hash with the key, an array indexed by an integer, or a drop.</summary>
    public static bool TryIndex(object? target, object? key, out object? value)
    {
        value = null;
        switch (target)
        {
            case IDictionary<string, object?> hash when key is string name:
                return hash.TryGetValue(name, out value);
            case IList list when RubyNumber.IsInteger(key):
                var index = RubyNumber.ToLong(key);
                if (index < 0)
                {
                    index += list.Count;
                }

                value = index >= 0 && index < list.Count ? list[(int)index] : null;
                return true;
            case ILiquidDrop drop when key is string name:
                value = drop.Invoke(name);
                return true;
            default:
                return false;
        }
    }

    private static bool TryCommand(object? target, string command, out object? value)
    {
        value = null;
        switch (command)
        {
            case "size" when RubyValue.Size(target) is { } size:
                value = size;
                return true;
            case "first" when target is IList list:
                value = list.Count > 0 ? list[0] : null;
                return true;
            case "first" when target is IDictionary<string, object?> hash:
                value = hash.Count > 0 ? RubyValue.Pairs(hash)[0] : null;
                return true;
            case "first" when target is LiquidRange range:
                value = range.Start;
                return true;
            case "last" when target is IList list:
                value = list.Count > 0 ? list[^1] : null;
                return true;
            case "last" when target is LiquidRange range:
                value = range.End;
                return true;
            default:
                return false;
        }
    }

    private static string? Bracketed(string part) =>
        part.Length >= 2 && part[0] == '[' && part[^1] == ']' ? part[1..^1] : null;
}
