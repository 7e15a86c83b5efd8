namespace Ikim.Publisher.Site.Content;

/// <summary>A file without front matter, copied to the output as it is.</summary>
public sealed record StaticFile(string SourcePath, string OutputPath, DateTimeOffset ModifiedTime)
{
    public string Url => "/" + OutputPath;

    public string Name => SourcePath[(SourcePath.LastIndexOf('/') + 1)..];

    public string Extension => Path.GetExtension(SourcePath);
}
