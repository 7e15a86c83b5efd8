namespace Ikim.Publisher.Site.Content;

/// <summary>A template in <c>_layouts</c>, named by its file name without extension.</summary>
public sealed record Layout(string Name, string SourcePath, FrontMatter FrontMatter)
{
    /// <summary>For a layout a plugin writes in code (the redirect page): what runs instead of Liquid over the body.</summary>
    internal Liquid.ContentWriter? Writer { get; init; }

    public string? ParentName => FrontMatter.Data.TryGetValue("layout", out var parent) && parent is string name && name is not ("" or "none" or "null")
        ? name
        : null;
}
