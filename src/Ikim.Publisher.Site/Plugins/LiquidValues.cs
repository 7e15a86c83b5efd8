using System.Collections;
using System.Globalization;

namespace Ikim.Publisher.Site.Plugins;

/// <summary>
/// Reading template values (drops, front matter mappings, lists) from plugin code as Liquid reads them:
/// a missing key or a lookup on a non-mapping is nil; only nil and false are false.
/// </summary>
internal static class LiquidValues
{
    public static object? Get(object? value, string key) => value switch
    {
        IDictionary<string, object?> map => map.TryGetValue(key, out var found) ? found : null,
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(key),
        _ => null,
    };

    public static object? Get(object? value, string key, string nested) => Get(Get(value, key), nested);

    public static bool IsMapping(object? value) => value is IDictionary<string, object?> or IReadOnlyDictionary<string, object?>;

    /// <summary>The entries of a mapping in order, or none.</summary>
    public static IEnumerable<KeyValuePair<string, object?>> Entries(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> map => map,
        _ => [],
    };

    public static bool IsTruthy(object? value) => value is not (null or false);

    /// <summary>Ruby's <c>to_s.empty?</c> for strings; other values are never empty this way except nil.</summary>
    public static bool IsBlankString(object? value) => value is null || (value is string text && text.Length == 0);

    /// <summary>How <c>{{ value }}</c> prints a plain value.</summary>
    public static string ToS(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("0.0###############", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list when !IsMapping(value) => string.Concat(list.Cast<object?>().Select(ToS)),
        _ => value.ToString() ?? "",
    };
}
