using System.Globalization;

namespace Ikim.Publisher.Site.Reading;

/// <summary>The values Jekyll derives for documents: titles from slugs, categories and tags from front matter.</summary>
internal static class PostData
{
    /// <summary>Utils.titleize_slug: "my-first-post" → "My First Post" (Ruby's capitalize lower-cases the rest).</summary>
    public static string Titleize(string slug)
    {
        var words = slug.Split('-').ToList();
        while (words.Count > 0 && words[^1].Length == 0)
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words.Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
    }

    /// <summary>
    /// Document#populate_categories: <c>categories</c> plus <c>category</c> (or <c>categories</c> again),
    /// as strings, without duplicates.
    /// </summary>
    public static List<object?> Categories(IReadOnlyDictionary<string, object?> data)
    {
        var categories = AsArray(data.GetValueOrDefault("categories"))
            .Concat(Pluralized(data, "category", "categories"))
            .Select(c => (object?)(Convert.ToString(c, CultureInfo.InvariantCulture) ?? ""))
            .Distinct()
            .ToList();
        return categories;
    }

    /// <summary>Document#populate_tags: <c>tag</c>, else <c>tags</c> (a string is split on blanks).</summary>
    public static List<object?> Tags(IReadOnlyDictionary<string, object?> data) => Pluralized(data, "tag", "tags");

    // Utils.pluralized_array_from_hash: the singular key wins; a plural string is split on blanks.
    private static List<object?> Pluralized(IReadOnlyDictionary<string, object?> data, string singular, string plural)
    {
        if (data.TryGetValue(singular, out var one) && one is not null)
        {
            return Flatten(one).Where(v => v is not null).ToList();
        }

        return data.GetValueOrDefault(plural) switch
        {
            string text => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Cast<object?>().ToList(),
            List<object?> list => Flatten(list).Where(v => v is not null).ToList(),
            _ => [],
        };
    }

    private static IEnumerable<object?> AsArray(object? value) => value switch
    {
        null => [],
        List<object?> list => list,
        _ => [value],
    };

    private static IEnumerable<object?> Flatten(object? value)
    {
        if (value is List<object?> list)
        {
            foreach (var item in list)
            {
                foreach (var inner in Flatten(item))
                {
                    yield return inner;
                }
            }
        }
        else
        {
            yield return value;
        }
    }
}
