namespace Ikim.Publisher.Site.Content;

/// <summary>A file without front matter, copied to the output as it is (Jekyll's StaticFile).</summary>
public sealed class StaticFile
{
    /// <summary>The source file, relative to the site source.</summary>
    public required string SourcePath { get; init; }

    /// <summary>
    /// Jekyll's relative_path, what <c>path</c> shows in <c>site.static_files</c>: "/assets/x.png" for site
    /// files, but "_people/x.png" (no leading slash) for files inside a collection.
    /// </summary>
    public required string RelativePath { get; init; }

    public required string Url { get; init; }

    /// <summary>The file under the destination, '/'-separated.</summary>
    public required string OutputPath { get; init; }

    public required DateTimeOffset ModifiedTime { get; init; }

    public Collection? Collection { get; init; }

    /// <summary>The front matter defaults that apply to the file (Jekyll matches them against its URL).</summary>
    public required IReadOnlyDictionary<string, object?> Data { get; init; }

    /// <summary>False when defaults say <c>published: false</c> or the collection has no output.</summary>
    public required bool Write { get; init; }

    public string Name => RubyPath.FileName(SourcePath);

    public string Extension => RubyPath.ExtName(SourcePath);

    public string BaseName => RubyPath.BaseNameWithoutExtension(SourcePath);
}
