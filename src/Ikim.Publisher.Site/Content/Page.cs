namespace Ikim.Publisher.Site.Content;

/// <summary>
/// A file with front matter that is rendered (Liquid, then its converter, then layouts)
/// and written to <see cref="OutputPath"/>.
/// </summary>
public sealed class Page
{
    public required string SourcePath { get; init; }

    public required FrontMatter FrontMatter { get; init; }

    /// <summary>The URL Jekyll gives the page, e.g. <c>/about.html</c> or <c>/team/</c>.</summary>
    public required string Url { get; init; }

    /// <summary>The file under the destination, '/'-separated, e.g. <c>team/index.html</c>.</summary>
    public required string OutputPath { get; init; }

    public required bool IsMarkdown { get; init; }

    /// <summary>Front matter after defaults were applied.</summary>
    public IReadOnlyDictionary<string, object?> Data => FrontMatter.Data;

    public string Name => SourcePath[(SourcePath.LastIndexOf('/') + 1)..];

    public string Extension => Path.GetExtension(SourcePath);

    public string? LayoutName => Data.TryGetValue("layout", out var layout) && layout is string name && name is not ("" or "none" or "null")
        ? name
        : null;
}
