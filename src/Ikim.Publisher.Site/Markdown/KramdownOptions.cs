using System.Collections;
using System.Globalization;

namespace Ikim.Publisher.Site.Markdown;

/// <summary>
/// The <c>kramdown:</c> options of a site that change the HTML, with Jekyll's defaults (Jekyll
/// sets auto_ids, entity_output as_char, GFM input, no hard_wrap and footnote_nr 1 itself).
/// They act after parsing, so one Markdig pipeline serves every option set.
/// </summary>
public sealed record KramdownOptions
{
    public static KramdownOptions Default { get; } = new();

    public bool AutoIds { get; init; } = true;

    public string AutoIdPrefix { get; init; } = "";

    public bool HardWrap { get; init; }

    /// <summary>Entity names for left/right single and left/right double quotes.</summary>
    public IReadOnlyList<string> SmartQuotes { get; init; } = ["lsquo", "rsquo", "ldquo", "rdquo"];

    public IReadOnlySet<int> TocLevels { get; init; } = new HashSet<int> { 1, 2, 3, 4, 5, 6 };

    public int FootnoteNr { get; init; } = 1;

    public string FootnoteBacklink { get; init; } = "&#8617;";

    public bool FootnoteBacklinkInline { get; init; }

    public string FootnotePrefix { get; init; } = "";

    /// <summary>syntax_highlighter_opts.default_lang: Jekyll makes it "plaintext".</summary>
    public string DefaultLang { get; init; } = "plaintext";

    public bool ParseBlockHtml { get; init; }

    public bool ParseSpanHtml { get; init; } = true;

    /// <summary>gfm_quirks: no_auto_typographic turns off --, ... and &lt;&lt; conversion.</summary>
    public bool Typographic { get; init; } = true;

    /// <summary>A value key: two option sets with the same key write the same HTML.</summary>
    public string Key => string.Join('\u001f',
        AutoIds, AutoIdPrefix, HardWrap, string.Join(',', SmartQuotes), string.Join(',', TocLevels.Order()), FootnoteNr,
        FootnoteBacklink, FootnoteBacklinkInline, FootnotePrefix, DefaultLang, ParseBlockHtml, ParseSpanHtml, Typographic);

    /// <summary>Reads the <c>kramdown</c> section of a site configuration (null means defaults).</summary>
    public static KramdownOptions From(object? section)
    {
        if (section is not IDictionary map)
        {
            return Default;
        }

        var options = Default;
        foreach (DictionaryEntry entry in map)
        {
            options = Apply(options, Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "", entry.Value);
        }

        return options;
    }

    private static KramdownOptions Apply(KramdownOptions options, string key, object? value) => key switch
    {
        "auto_ids" => options with { AutoIds = IsTrue(value) },
        "auto_id_prefix" => options with { AutoIdPrefix = Text(value) },
        "hard_wrap" => options with { HardWrap = IsTrue(value) },
        "smart_quotes" => options with { SmartQuotes = ParseSmartQuotes(value) ?? options.SmartQuotes },
        "toc_levels" => options with { TocLevels = ParseLevels(value) ?? options.TocLevels },
        "footnote_nr" => options with { FootnoteNr = int.TryParse(Text(value), out var nr) ? nr : options.FootnoteNr },
        "footnote_backlink" => options with { FootnoteBacklink = Text(value) },
        "footnote_backlink_inline" => options with { FootnoteBacklinkInline = IsTrue(value) },
        "footnote_prefix" => options with { FootnotePrefix = Text(value) },
        "parse_block_html" => options with { ParseBlockHtml = IsTrue(value) },
        "parse_span_html" => options with { ParseSpanHtml = IsTrue(value) },
        "gfm_quirks" => options with { Typographic = !Text(value).Contains("no_auto_typographic", StringComparison.Ordinal) && !(value is IEnumerable list && value is not string && list.Cast<object?>().Any(v => Text(v) == "no_auto_typographic")) },
        "syntax_highlighter_opts" when value is IDictionary opts && opts.Contains("default_lang") => options with { DefaultLang = Text(opts["default_lang"]) },
        _ => options,
    };

    private static bool IsTrue(object? value) => value switch
    {
        bool b => b,
        string s => s is "true" or "yes" or "on",
        _ => false,
    };

    private static string Text(object? value) => value is null ? "" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private static IReadOnlyList<string>? ParseSmartQuotes(object? value)
    {
        var names = value is IEnumerable list and not string
            ? list.Cast<object?>().Select(Text).ToList()
            : Text(value).Split(',', StringSplitOptions.TrimEntries).ToList();
        return names.Count == 4 ? names : null;
    }

    // kramdown accepts "x..y" ranges, "1,2,3" lists and arrays.
    private static IReadOnlySet<int>? ParseLevels(object? value)
    {
        if (value is IEnumerable list and not string)
        {
            return list.Cast<object?>().Select(v => int.TryParse(Text(v), out var n) ? n : 0).Where(n => n is >= 1 and <= 6).ToHashSet();
        }

        var text = Text(value);
        var range = text.Split("..");
        if (range.Length == 2 && int.TryParse(range[0], out var from) && int.TryParse(range[1], out var to))
        {
            return Enumerable.Range(from, Math.Max(0, to - from + 1)).Where(n => n is >= 1 and <= 6).ToHashSet();
        }

        var levels = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(v => int.TryParse(v, out var n) ? n : 0).Where(n => n is >= 1 and <= 6).ToHashSet();
        return levels.Count > 0 ? levels : null;
    }
}
