namespace Ikim.Publisher.Site.Content;

/// <summary>A collection from <c>collections:</c> (posts included) with the documents and static files read into it.</summary>
public sealed class Collection
{
    public Collection(string label, IReadOnlyDictionary<string, object?> metadata, string urlTemplate, string collectionsDir)
    {
        Label = label;
        Metadata = metadata;
        UrlTemplate = urlTemplate;
        Directory = collectionsDir.Length == 0 ? RelativeDirectory : collectionsDir + "/" + RelativeDirectory;
    }

    public string Label { get; }

    /// <summary>The collection's settings from <c>_config.yml</c> (output, permalink, sort_by, order, and anything else).</summary>
    public IReadOnlyDictionary<string, object?> Metadata { get; }

    /// <summary>The permalink template documents fall back to.</summary>
    public string UrlTemplate { get; }

    /// <summary><c>_label</c>: the folder name, relative to <c>collections_dir</c>.</summary>
    public string RelativeDirectory => "_" + Label;

    /// <summary>The folder relative to the site source.</summary>
    public string Directory { get; }

    /// <summary><c>output: true</c>: whether documents are written.</summary>
    public bool Output => Metadata.TryGetValue("output", out var output) && output is not (null or false);

    public List<Document> Docs { get; } = [];

    public List<StaticFile> Files { get; } = [];
}
