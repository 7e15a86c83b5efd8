using static Ikim.Publisher.Site.Plugins.LiquidValues;

namespace Ikim.Publisher.Site.Plugins.Seo;

/// <summary>
/// jekyll-seo-tag's author: <c>page.author</c>, the first of <c>page.authors</c>, or <c>site.author</c>; a name
/// given as a string is looked up in <c>site.data.authors</c> for more (twitter, url…).
/// </summary>
internal sealed class SeoAuthor
{
    public SeoAuthor(object? page, object? site)
    {
        var sources = new List<object?> { Get(page, "author") };
        if (Get(page, "authors") is IEnumerable<object?> authors)
        {
            sources.Add(authors.FirstOrDefault());
        }

        sources.Add(Get(site, "author"));
        var resolved = sources.FirstOrDefault(s => !IsBlankString(s));
        Values = resolved switch
        {
            _ when IsMapping(resolved) => Entries(resolved).ToList(),
            string name => FromName(name, site),
            _ => [],
        };
    }

    /// <summary>The author's fields in order (<c>name</c>, then whatever the data gives).</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Values { get; }

    public object? this[string key] => Values.FirstOrDefault(e => e.Key == key).Value;

    public object? Name => this["name"];

    /// <summary>The twitter handle without '@' (the name stands in when there is none); only strings count.</summary>
    public string? Twitter => (this["twitter"] is { } handle && IsTruthy(handle) ? handle : this["name"]) is string text
        ? (text.StartsWith('@') ? text[1..] : text)
        : null;

    private static List<KeyValuePair<string, object?>> FromName(string name, object? site)
    {
        var values = new List<KeyValuePair<string, object?>> { new("name", name) };
        var authors = Get(site, "data", "authors");
        if (IsMapping(authors) && Get(authors, name) is { } data && IsMapping(data))
        {
            foreach (var entry in Entries(data))
            {
                values.RemoveAll(v => v.Key == entry.Key);
                values.Add(entry);
            }
        }

        return values;
    }
}
