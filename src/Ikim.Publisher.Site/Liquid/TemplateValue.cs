using Scriban.Runtime;

namespace Ikim.Publisher.Site.Liquid;

/// <summary>Turns plain values (from YAML, JSON, the site model) into what templates see.</summary>
internal static class TemplateValue
{
    public static object? From(object? value) => value switch
    {
        null => null,
        string or bool or long or int or double or DateTimeOffset or DateOnly => value,
        ScriptObject or ScriptArray => value,
        IReadOnlyDictionary<string, object?> map => ToObject(map),
        IDictionary<string, object?> map => ToObject(map),
        IEnumerable<object?> list => new ScriptArray(list.Select(From)),
        _ => value,
    };

    public static ScriptObject ToObject(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in map)
        {
            result.SetValue(key, From(value), readOnly: false);
        }

        return result;
    }
}
