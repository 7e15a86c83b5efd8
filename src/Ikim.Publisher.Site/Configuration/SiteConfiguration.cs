using System.Globalization;

namespace Ikim.Publisher.Site.Configuration;

/// <summary>
/// The merged site configuration: Jekyll's defaults, then <c>_config.yml</c>, then overrides.
/// <see cref="Values"/> is what templates see as <c>site.*</c>; the properties are typed views.
/// </summary>
public sealed class SiteConfiguration
{
    public SiteConfiguration(IReadOnlyDictionary<string, object?> values)
    {
        Values = values;
    }

    public IReadOnlyDictionary<string, object?> Values { get; }

    public string? Title => GetString("title");

    /// <summary>The site's base path, normalised to "" or "/path" (no trailing slash).</summary>
    public string BaseUrl
    {
        get
        {
            var value = GetString("baseurl")?.Trim() ?? "";
            value = value.TrimEnd('/');
            return value.Length == 0 ? "" : value.StartsWith('/') ? value : "/" + value;
        }
    }

    public string Url => (GetString("url") ?? "").TrimEnd('/');

    public IReadOnlyList<string> Exclude => GetStrings("exclude");

    public IReadOnlyList<string> Include => GetStrings("include");

    public string LayoutsDir => GetString("layouts_dir") ?? "_layouts";

    public string IncludesDir => GetString("includes_dir") ?? "_includes";

    public string DataDir => GetString("data_dir") ?? "_data";

    public IReadOnlySet<string> MarkdownExtensions =>
        (GetString("markdown_ext") ?? "markdown,mkdown,mkdn,mkd,md")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => "." + e.ToLowerInvariant())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public string? GetString(string key) => Values.TryGetValue(key, out var value) && value is not null
        ? Convert.ToString(value, CultureInfo.InvariantCulture)
        : null;

    private IReadOnlyList<string> GetStrings(string key) => Values.TryGetValue(key, out var value) switch
    {
        true when value is IEnumerable<object?> list => list.Where(v => v is not null).Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!).ToList(),
        true when value is string single => [single],
        _ => [],
    };
}
