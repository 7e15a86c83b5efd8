using Ikim.Publisher.Site.Markdown;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Tests;

/// <summary>A site written into a temp folder for one test, built into a sibling folder, removed on dispose.</summary>
internal sealed class TempSite : IDisposable
{
    public static readonly DateTimeOffset FixedTime = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public TempSite(params (string Path, string Text)[] files)
    {
        Root = Path.Combine(Path.GetTempPath(), "ikim-site-" + Guid.NewGuid().ToString("N"));
        Source = Path.Combine(Root, "src");
        Destination = Path.Combine(Root, "_site");
        Directory.CreateDirectory(Source);
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }
    }

    public string Root { get; }

    public string Source { get; }

    public string Destination { get; }

    public void Write(string path, string text)
    {
        var full = Path.Combine(Source, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>Where <see cref="WriteTheme"/> puts themes: <c>themes/</c> next to the site, which builds look in.</summary>
    public string ThemesPath => Path.Combine(Root, "themes");

    /// <summary>Writes a file of the theme <paramref name="theme"/> (e.g. <c>_layouts/default.html</c>).</summary>
    public void WriteTheme(string theme, string path, string text)
    {
        var full = Path.Combine(ThemesPath, theme, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public BuildResult Build(IReadOnlyDictionary<string, object?>? overrides = null, RepositoryMetadata? repository = null) =>
        new SiteBuilder(MarkdownPipelineFactory.Create()).Build(new BuildRequest(new DirectorySourceTree(Source), Destination, FixedTime) { ConfigOverrides = overrides, ThemesPaths = [ThemesPath], Repository = repository });

    public string Output(string path) => File.ReadAllText(Path.Combine(Destination, path));

    public bool HasOutput(string path) => File.Exists(Path.Combine(Destination, path));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
