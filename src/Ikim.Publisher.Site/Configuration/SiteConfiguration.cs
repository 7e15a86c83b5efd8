using System.Globalization;
using Ikim.Publisher.Site.Diagnostics;

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
        TimeZone = ResolveTimeZone(GetString("timezone"));
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

    /// <summary>Exclusions without the entries that are also included (Jekyll's <c>exclude - include</c>).</summary>
    public IReadOnlyList<string> Exclude => GetStrings("exclude").Except(Include).ToList();

    public IReadOnlyList<string> Include => GetStrings("include");

    public IReadOnlyList<string> KeepFiles => GetStrings("keep_files");

    public string LayoutsDir => GetString("layouts_dir") ?? "_layouts";

    public string IncludesDir => GetString("includes_dir") ?? "_includes";

    public string DataDir => GetString("data_dir") ?? "_data";

    /// <summary>Where collections live, relative to the source ("" for the source itself).</summary>
    public string CollectionsDir => (GetString("collections_dir") ?? "").Trim('/');

    /// <summary>The <c>permalink</c> setting: a style name (date, pretty, ordinal, weekdate, none) or a template.</summary>
    public string PermalinkStyle => GetString("permalink") ?? "date";

    /// <summary>
    /// The zone dates are shown in. Jekyll uses the machine's zone unless <c>timezone</c> is set; we use
    /// UTC instead, as GitHub Pages' builders do, so that a build does not depend on the host.
    /// </summary>
    public TimeZoneInfo TimeZone { get; }

    public bool ShowDrafts => IsTrue("show_drafts");

    public bool Future => IsTrue("future");

    public bool Unpublished => IsTrue("unpublished");

    public int LimitPosts => Values.GetValueOrDefault("limit_posts") is long limit ? (int)limit : 0;

    public string ExcerptSeparator => GetString("excerpt_separator") ?? "";

    /// <summary>Collections in configuration order (<c>posts</c> first) with their settings.</summary>
    public IReadOnlyList<(string Label, IReadOnlyDictionary<string, object?> Metadata)> Collections =>
        Values.GetValueOrDefault("collections") is IReadOnlyDictionary<string, object?> map
            ? map.Select(c => (c.Key, c.Value as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>())).ToList()
            : [];

    public IReadOnlySet<string> MarkdownExtensions =>
        (GetString("markdown_ext") ?? "markdown,mkdown,mkdn,mkd,md")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => "." + e.ToLowerInvariant())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public string? GetString(string key) => Values.TryGetValue(key, out var value) && value is not null
        ? Convert.ToString(value, CultureInfo.InvariantCulture)
        : null;

    private bool IsTrue(string key) => Values.GetValueOrDefault(key) is not (null or false);

    private IReadOnlyList<string> GetStrings(string key) => Values.TryGetValue(key, out var value) switch
    {
        true when value is IEnumerable<object?> list => list.Where(v => v is not null).Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!).ToList(),
        true when value is string single => [single],
        _ => [],
    };

    private static TimeZoneInfo ResolveTimeZone(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name.Trim());
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new SiteBuildException(new SourcePosition("_config.yml", 0, 0), $"unknown timezone '{name}'", ex);
        }
    }
}
