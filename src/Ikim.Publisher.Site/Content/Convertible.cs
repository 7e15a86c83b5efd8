namespace Ikim.Publisher.Site.Content;

/// <summary>
/// Something rendered through Liquid, a converter and layouts (Jekyll's Convertible): a page or a
/// collection document. Built during the read stage and not changed afterwards.
/// </summary>
public abstract class Convertible
{
    /// <summary>The source file, relative to the site source ('/'-separated): what errors name.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The text after the front matter, before Liquid.</summary>
    public required string Body { get; init; }

    /// <summary>The 1-based line of the source file on which <see cref="Body"/> starts.</summary>
    public required int BodyLine { get; init; }

    /// <summary>Front matter after defaults, plus the values Jekyll sets (title, slug, date…): what Liquid sees.</summary>
    public required IReadOnlyDictionary<string, object?> Data { get; init; }

    /// <summary>The URL Jekyll gives the item, e.g. <c>/about.html</c> or <c>/team/</c>.</summary>
    public required string Url { get; init; }

    /// <summary>The file under the destination, '/'-separated, e.g. <c>team/index.html</c>.</summary>
    public required string OutputPath { get; init; }

    /// <summary>The extension of the output, e.g. <c>.html</c> for Markdown.</summary>
    public required string OutputExtension { get; init; }

    /// <summary>True when the Markdown converter applies (the extension is one of <c>markdown_ext</c>).</summary>
    public required bool IsMarkdown { get; init; }

    /// <summary>The source file's extension as Ruby's File.extname gives it.</summary>
    public string Extension => RubyPath.ExtName(SourcePath);

    /// <summary>The value of <c>layout</c> as the renderer reads it (pages and documents differ, see overrides).</summary>
    public abstract object? LayoutSetting { get; }

    /// <summary>The layout to start with, or null: Jekyll looks <c>layout</c> up by its string form.</summary>
    public string? LayoutName => LayoutSetting switch
    {
        null => null,
        string name => name,
        bool flag => flag ? "true" : "false",
        var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary><c>render_with_liquid: false</c> turns Liquid off; text without Liquid markup needs no render.</summary>
    public virtual bool RenderWithLiquid =>
        !(Data.TryGetValue("render_with_liquid", out var flag) && flag is false)
        && (Body.Contains("{%", StringComparison.Ordinal) || Body.Contains("{{", StringComparison.Ordinal));

    /// <summary>Assets are never wrapped, nor is anything with <c>layout: none</c>.</summary>
    public virtual bool PlaceInLayout => LayoutSetting is not "none" && Extension is not (".sass" or ".scss" or ".coffee");
}
