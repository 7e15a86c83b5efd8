using System.Text.RegularExpressions;
using static Ikim.Publisher.Site.Plugins.LiquidValues;

namespace Ikim.Publisher.Site.Plugins.Seo;

/// <summary>
/// jekyll-seo-tag's image: <c>page.image</c> as a string, or a mapping with <c>path</c> (or <c>facebook</c>,
/// <c>twitter</c>) and <c>height</c>, <c>width</c>, <c>alt</c>…; <see cref="Path"/> is the escaped absolute URL.
/// </summary>
internal sealed partial class SeoImage
{
    private SeoImage(string path, IReadOnlyList<KeyValuePair<string, object?>> values)
    {
        Path = path;
        Values = values;
    }

    public string Path { get; }

    /// <summary>The image mapping's keys in order, <c>path</c> first (the drop's keys).</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Values { get; }

    public object? this[string key] => key == "path" ? Path : Values.FirstOrDefault(e => e.Key == key).Value;

    /// <returns>Null when no path can be found (the plugin then shows no image).</returns>
    public static SeoImage? From(object? image, ISeoFilters filters)
    {
        var values = new List<KeyValuePair<string, object?>> { new("path", null) };
        if (IsMapping(image))
        {
            foreach (var entry in Entries(image))
            {
                values.RemoveAll(v => v.Key == entry.Key);
                values.Insert(entry.Key == "path" ? 0 : values.Count, entry);
            }
        }
        else if (image is string text)
        {
            values[0] = new("path", text);
        }

        object? Value(string key) => values.FirstOrDefault(v => v.Key == key).Value;
        var raw = new[] { Value("path"), Value("facebook"), Value("twitter") }.FirstOrDefault(IsTruthy);
        if (raw is null)
        {
            return null;
        }

        var absolute = raw is string rawText && IsAbsoluteUrl(rawText) == false ? filters.AbsoluteUrl(rawText) : ToS(raw);
        return new SeoImage(filters.UriEscape(absolute), values);
    }

    /// <summary>Addressable::URI.parse(s).absolute?: true with a scheme, false without, null when it cannot be parsed.</summary>
    public static bool? IsAbsoluteUrl(string text)
    {
        var scheme = SchemePart().Match(text);
        if (!scheme.Success)
        {
            return false;
        }

        return ValidScheme().IsMatch(scheme.Groups[1].Value) ? true : null;
    }

    [GeneratedRegex("^([^:/?#]+):")]
    private static partial Regex SchemePart();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9.+\-]*$")]
    private static partial Regex ValidScheme();
}
