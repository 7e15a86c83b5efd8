using System.Collections;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Liquid;

/// <summary>
/// Turns plain values (from YAML, JSON, the site model) into what templates see: hashes become
/// <see cref="ScriptObject"/>, lists <see cref="ScriptArray"/>, whole numbers <see cref="long"/>,
/// other numbers <see cref="double"/>, times <see cref="DateTimeOffset"/>.
/// </summary>
internal static class TemplateValue
{
    public static object? From(object? value) => value switch
    {
        null => null,
        string or bool or long or double or DateTimeOffset or DateOnly or System.Numerics.BigInteger => value,
        int i => (long)i,
        short s => (long)s,
        uint u => (long)u,
        float f => (double)f,
        decimal m => (double)m,
        DateTime time => new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time),
        ScriptObject or ScriptArray => value,
        IReadOnlyDictionary<string, object?> map => ToObject(map),
        IDictionary<string, object?> map => ToObject(map),
        IEnumerable list => new ScriptArray(list.Cast<object?>().Select(From)),
        _ => value,
    };

    /// <param name="room">Keys the caller adds besides the map's (sized once instead of grown).</param>
    public static ScriptObject ToObject(IEnumerable<KeyValuePair<string, object?>> map, int room = 0) =>
        Fill(new ScriptObject(map.TryGetNonEnumeratedCount(out var count) ? count + room : 0), map);

    /// <summary>Sets every entry of <paramref name="map"/>, converted, on <paramref name="target"/> (a drop of a subclass).</summary>
    public static T Fill<T>(T target, IEnumerable<KeyValuePair<string, object?>> map)
        where T : ScriptObject
    {
        foreach (var (key, value) in map)
        {
            target.SetValue(key, From(value), readOnly: false);
        }

        return target;
    }
}
