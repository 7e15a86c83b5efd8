using System.Globalization;
using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// A document's URL from its permalink template and the placeholders of Jekyll's UrlDrop
/// (<c>:title :slug :name :path :collection :categories :year :month :day …</c>).
/// </summary>
internal static class DocumentUrl
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "output_ext", "path", "collection", "name", "title", "slug", "categories", "slugified_categories",
        "year", "month", "day", "hour", "minute", "second", "i_day", "i_month", "short_month", "long_month",
        "short_year", "w_year", "week", "w_day", "short_day", "long_day", "y_day",
    };

    /// <param name="relativePath">The path relative to collections_dir, e.g. <c>_posts/2024-01-15-hello.md</c>.</param>
    public static string Build(string template, string relativePath, Collection collection, IReadOnlyDictionary<string, object?> data, DateTimeOffset date, string outputExtension, string sourcePath)
    {
        var extension = RubyPath.ExtName(relativePath);
        var baseName = RubyPath.FileName(relativePath)[..^extension.Length];
        var slug = data.GetValueOrDefault("slug") is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;
        var categories = Categories(data);

        string? Lookup(string key) => key switch
        {
            "output_ext" => outputExtension,
            "path" => CleanedRelativePath(relativePath, extension, collection),
            "collection" => collection.Label,
            "name" => Slugifier.Slugify(baseName),
            "title" => Slugifier.Slugify(slug, "pretty", cased: true) ?? Slugifier.Slugify(baseName, "pretty", cased: true),
            "slug" => Slugifier.Slugify(slug) ?? Slugifier.Slugify(baseName),
            "categories" => string.Join('/', categories.Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal)),
            "slugified_categories" => string.Join('/', categories.Select(c => Slugifier.Slugify(c)).Distinct(StringComparer.Ordinal)),
            _ => Strftime.FormatPlaceholder(key, date),
        };

        return JekyllUrl.FromPlaceholders(template, Lookup, Known.Contains, sourcePath);
    }

    /// <summary>
    /// Document#cleaned_relative_path: without extension, trailing dots, and the first occurrence of
    /// the collection folder: <c>_posts/2024-01-15-hello.md</c> → <c>/2024-01-15-hello</c>.
    /// </summary>
    public static string CleanedRelativePath(string relativePath, string extension, Collection collection)
    {
        var withoutExtension = relativePath[..^extension.Length];
        var index = withoutExtension.IndexOf(collection.RelativeDirectory, StringComparison.Ordinal);
        if (index >= 0)
        {
            withoutExtension = withoutExtension.Remove(index, collection.RelativeDirectory.Length);
        }

        return withoutExtension.TrimEnd('.');
    }

    private static List<string> Categories(IReadOnlyDictionary<string, object?> data) => data.GetValueOrDefault("categories") switch
    {
        null => [],
        string single => [single],
        IEnumerable<object?> list => list.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture) ?? "").ToList(),
        var other => [Convert.ToString(other, CultureInfo.InvariantCulture) ?? ""],
    };
}
