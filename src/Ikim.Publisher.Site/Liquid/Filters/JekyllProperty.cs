using System.Collections;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// Jekyll's <c>item_property</c> (filters.rb), used by where, find, sort and group_by: reads a
/// property (dotted for nested hashes) and turns numeric-looking strings into numbers, so
/// <c>where: 'age', 25</c> finds <c>age: "25"</c> and <c>sort: 'n'</c> orders "9" before "10".
/// </summary>
internal static partial class JekyllProperty
{
    public static object? Read(object? item, object? property)
    {
        var name = RubyValue.ToS(property);
        object? value;
        if (!name.Contains('.'))
        {
            value = Index(item, name);
        }
        else
        {
            // data.respond_to?(:[]) && data[key]: a value without [] (nil, true, a float…) turns into false.
            value = item;
            foreach (var key in name.Split('.'))
            {
                value = value is IDictionary<string, object?> or IList or string or long or int or System.Numerics.BigInteger or Runtime.ILiquidDrop
                    ? Index(value, key)
                    : false;
            }
        }

        return ParseSortInput(value);
    }

    // Ruby's liquid_data[property]: hashes by key; a string answers the substring; arrays and numbers refuse a string index.
    private static object? Index(object? data, string key)
    {
        var result = FilterInput.Index(data, key);
        if (result.IsTypeError)
        {
            throw new Runtime.LiquidException("no implicit conversion of String into Integer");
        }

        return result.Value;
    }

    private static object? ParseSortInput(object? value)
    {
        var text = RubyValue.ToS(value);
        if (IntegerLike().IsMatch(text))
        {
            return RubyString.ToInteger(text);
        }

        if (FloatLike().IsMatch(text))
        {
            return RubyString.ToFloat(text);
        }

        return value;
    }

    /// <summary>Jekyll's compare_property_vs_target: nil matches nil, otherwise compare as strings (each item of an array property).</summary>
    public static bool Matches(object? property, object? target)
    {
        if (target is null)
        {
            return property is null;
        }

        var wanted = RubyValue.ToS(target);
        if (property is string text)
        {
            return text == wanted;
        }

        IEnumerable items = property switch
        {
            null => Array.Empty<object?>(),
            IList list => list,
            IDictionary<string, object?> hash => RubyValue.Pairs(hash),
            _ => new[] { property },
        };
        return items.Cast<object?>().Any(item => RubyValue.ToS(item) == wanted);
    }

    [GeneratedRegex(@"\A[ \t\r\n\f\v]*-?[0-9]+[ \t\r\n\f\v]*\z")]
    private static partial Regex IntegerLike();

    [GeneratedRegex(@"\A[ \t\r\n\f\v]*-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)[ \t\r\n\f\v]*\z")]
    private static partial Regex FloatLike();
}
