using System.Diagnostics;
using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Generating;
using Ikim.Publisher.Site.Plugins;
using Ikim.Publisher.Site.Reading;
using Ikim.Publisher.Site.Rendering;
using Ikim.Publisher.Site.Sources;
using Ikim.Publisher.Site.Themes;
using Ikim.Publisher.Site.Writing;
using Markdig;

namespace Ikim.Publisher.Site;

/// <summary>
/// Builds a Jekyll site from a source tree into a destination folder. The build reads top to bottom as
/// its stages, timed like Jekyll's profiler: configure, read, generate, render, write. Create one builder
/// at start-up; it holds only immutable shared parts (the Markdown pipeline) and is thread-safe.
/// </summary>
public sealed class SiteBuilder
{
    private readonly MarkdownPipeline _markdown;

    public SiteBuilder(MarkdownPipeline markdown)
    {
        _markdown = markdown;
    }

    public BuildResult Build(BuildRequest request, CancellationToken cancellationToken = default)
    {
        var timings = new StageTimings();
        var diagnostics = new BuildDiagnostics();

        var (configuration, theme) = timings.Time("configure", () => Configure(request));
        var plugins = PluginSelection.Select(configuration, theme, request.Source, diagnostics);
        if (plugins.Has(PluginCatalog.GitHubMetadata))
        {
            configuration = Plugins.GitHubMetadata.GitHubMetadataMunger.Apply(configuration, request.Repository);
        }

        var source = theme is null ? request.Source : new ThemedSourceTree(request.Source, theme, configuration.IncludesDir);
        var reader = new SiteReader(source, configuration, request.Time, diagnostics, theme, new Incremental.FrontMatterCache(request.Previous?.FrontMatters), request.Previous?.Documents);
        var read = timings.Time("read", reader.Read);
        var (content, index) = timings.Time("generate", () => Generate(read, plugins, reader, diagnostics));
        var previousOutput = PreviousOutputFolder(request);
        if (request.Prelinked is not null && previousOutput is null)
        {
            // Writing into a prelinked destination without the previous output would write through links into it.
            throw new ArgumentException("A prelinked destination needs the previous output it was linked from.", nameof(request));
        }

        var incremental = new IncrementalInputs(request.Previous, GlobalFingerprint(content, theme), request.RecordDependencies);
        var writer = new SiteWriter(request.Destination, diagnostics, previousOutput, request.Prelinked);
        timings.Time("plan", () => writer.Prepare(content, configuration.KeepFiles));
        // Rendering writes each page as soon as it is rendered; the write stage copies static files.
        var rendered = timings.Time("render", () => new SiteRenderer(_markdown, diagnostics).Render(content, index, incremental, writer, cancellationToken));
        var files = timings.Time("write", () => writer.Finish(rendered.SideOutputs, content.Source, request.Previous?.StaticFiles, cancellationToken));

        return new BuildResult(content.Pages.Count + content.Documents.Count(d => d.Write), content.StaticFiles.Count(f => f.Write), timings.Stages, diagnostics.Warnings)
        {
            Files = files,
            FilesLinked = writer.Linked,
            FilesChanged = writer.Written,
            State = rendered.State.With(reader.FrontMatters.Learnt, writer.StaticFiles, reader.Documents.Learnt),
            Rendered = rendered.Rendered,
            Reused = rendered.Reused,
        };
    }

    /// <summary>The previous release's folder when it exists and is not the destination itself.</summary>
    private static string? PreviousOutputFolder(BuildRequest request) =>
        request.PreviousOutput is { } folder && Directory.Exists(folder) && Path.GetFullPath(folder) != Path.GetFullPath(request.Destination)
            ? Path.GetFullPath(folder)
            : null;

    /// <summary>
    /// What every render depends on: this builder's code, the environment, the configuration
    /// (<see cref="Incremental.ConfigurationFingerprint"/>), the plugins and the theme.
    /// </summary>
    private static string GlobalFingerprint(SiteContent content, Theme? theme) =>
        new Incremental.Fingerprint()
            .Add(typeof(SiteBuilder).Assembly.ManifestModule.ModuleVersionId.ToString())
            .Add(Environment.GetEnvironmentVariable("JEKYLL_ENV"))
            .Add(Incremental.ConfigurationFingerprint.Of(content.Configuration))
            .AddValue(content.Plugins.Names.ToList())
            .Add(theme?.Root)
            .Finish();

    // The configuration files over Jekyll's defaults, then the theme's _config.yml under them.
    private static (SiteConfiguration Configuration, Theme? Theme) Configure(BuildRequest request)
    {
        var configuration = ConfigurationReader.Read(request.Source, request.ConfigFiles, request.ConfigOverrides);
        var theme = ThemeResolver.Resolve(configuration, request.ThemesPaths, request.ConfigFiles?.LastOrDefault() ?? "_config.yml");
        return (ThemeConfiguration.Apply(configuration, theme), theme);
    }

    // The plugins' generators, then the site-wide indexes over what they leave.
    private (SiteContent Content, SiteIndex Index) Generate(SiteContent read, EnabledPlugins plugins, SiteReader reader, BuildDiagnostics diagnostics)
    {
        var filters = new Liquid.Filters.UrlFilters(read.Configuration);
        var urls = new SiteUrls(url => filters.RelativeUrl(url) ?? "", url => filters.AbsoluteUrl(url) ?? "");
        var markdown = Markdown.MarkdownPipelineFactory.ForConfiguration(_markdown, read.Configuration.Values.GetValueOrDefault("kramdown"));
        var content = PluginGenerators.Run(read, plugins, reader.PageReader, diagnostics, text => Markdown.KramdownConverter.ToHtml(text, markdown), urls);
        return (content, SiteGenerator.Generate(content));
    }
}

/// <param name="Time">The build's "now" (<c>site.time</c>); callers pass the commit time for reproducible builds.</param>
public sealed record BuildRequest(ISourceTree Source, string Destination, DateTimeOffset Time)
{
    public IReadOnlyList<string>? ConfigFiles { get; init; }

    public IReadOnlyDictionary<string, object?>? ConfigOverrides { get; init; }

    /// <summary>Folders holding themes: <c>theme: NAME</c> is the first <c>NAME/</c> folder found in them, in order.</summary>
    public IReadOnlyList<string> ThemesPaths { get; init; } = [];

    /// <summary>The Git repository the source comes from, for <c>site.github</c> (jekyll-github-metadata); null when unknown.</summary>
    public RepositoryMetadata? Repository { get; init; }

    /// <summary>
    /// The previous release's folder: an output file with the same path and bytes there is hard-linked
    /// into <see cref="Destination"/> instead of written (it keeps its inode and mtime). Give a fresh
    /// destination; null writes every file.
    /// </summary>
    public string? PreviousOutput { get; init; }

    /// <summary>
    /// The state the build of <see cref="PreviousOutput"/> returned: items whose recorded inputs are all
    /// unchanged are not rendered again (their files are linked from <see cref="PreviousOutput"/>). The
    /// output is byte for byte what a full build gives. Null renders everything.
    /// </summary>
    public Incremental.BuildState? Previous { get; init; }

    /// <summary>
    /// The files of <see cref="PreviousOutput"/> already hard-linked into <see cref="Destination"/>
    /// (relative paths, '/' separators) with their sizes in bytes, as the worker prepares its next
    /// release: the build then only removes, adds and replaces what changed, and checks a reused
    /// render's recorded size against these sizes instead of the file system. The destination must
    /// hold nothing else. Null when the destination holds none.
    /// </summary>
    public IReadOnlyDictionary<string, long>? Prelinked { get; init; }

    /// <summary>
    /// Whether each render records what it read, for a next build (<see cref="BuildResult.State"/>).
    /// A one-off build (the command line's) skips it: nothing is fingerprinted, the state it returns
    /// reuses no render, and the output is the same.
    /// </summary>
    public bool RecordDependencies { get; init; } = true;
}

public sealed record BuildResult(int Pages, int StaticFiles, IReadOnlyList<StageTiming> Stages, IReadOnlyList<BuildWarning> Warnings)
{
    /// <summary>Every file the build placed in the destination, relative with '/' separators, in no particular order.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>How many files the build placed in the destination, linked ones included.</summary>
    public int FilesWritten => Files.Count;

    /// <summary>How many of <see cref="FilesWritten"/> were hard-linked from <see cref="BuildRequest.PreviousOutput"/>.</summary>
    public int FilesLinked { get; init; }

    /// <summary>
    /// The files of <see cref="Files"/> whose bytes the build wrote. Every other one is a hard link of
    /// the file at the same path in <see cref="BuildRequest.PreviousOutput"/>: same bytes, size and time.
    /// </summary>
    public IReadOnlyCollection<string> FilesChanged { get; init; } = [];

    /// <summary>What this build leaves for the next (<see cref="BuildRequest.Previous"/>).</summary>
    public required Incremental.BuildState State { get; init; }

    /// <summary>Renders done afresh: document contents, excerpts, document layouts and pages each count one.</summary>
    public int Rendered { get; init; }

    /// <summary>Renders skipped because the item's recorded inputs were unchanged since <see cref="BuildRequest.Previous"/>.</summary>
    public int Reused { get; init; }

    public TimeSpan Elapsed => Stages.Aggregate(TimeSpan.Zero, (total, stage) => total + stage.Elapsed);
}

public sealed record StageTiming(string Stage, TimeSpan Elapsed);

internal sealed class StageTimings
{
    private readonly List<StageTiming> _stages = [];

    public IReadOnlyList<StageTiming> Stages => _stages;

    public void Time(string stage, Action run) => Time(stage, () =>
    {
        run();
        return true;
    });

    public T Time<T>(string stage, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        var result = run();
        _stages.Add(new StageTiming(stage, watch.Elapsed));
        return result;
    }
}
