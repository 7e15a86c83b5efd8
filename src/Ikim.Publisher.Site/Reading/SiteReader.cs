using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// The read stage, as Jekyll's Reader: layouts; a walk of the source folders that finds pages, static
/// files and the posts of every <c>_posts</c>; files named by <c>include</c>; the other collections;
/// <c>_data</c>. Then the sort Jekyll applies (pages by name, static files by path) and <c>limit_posts</c>.
/// A theme adds its layouts, its <c>assets</c> (after the sort, unless the site has the same file) and its
/// <c>_data</c> (under the site's).
/// </summary>
internal sealed class SiteReader
{
    private readonly ISourceTree _tree;
    private readonly SiteConfiguration _configuration;
    private readonly SourceFolders _folders;
    private readonly EntryFilter _filter;
    private readonly PageReader _pages;
    private readonly StaticFileReader _staticFiles;
    private readonly PostReader _posts;
    private readonly CollectionReader _collections;
    private readonly DateTimeOffset _time;
    private readonly Themes.Theme? _theme;

    /// <param name="tree">The source; with a theme, a <see cref="Themes.ThemedSourceTree"/> so theme files can be read.</param>
    /// <param name="frontMatters">Front matter parsed by the previous build, reused for unchanged files; null parses every file.</param>
    /// <param name="previousDocuments">Documents read by the previous build, reused when their file and the configuration are unchanged; null reads every one.</param>
    public SiteReader(ISourceTree tree, SiteConfiguration configuration, DateTimeOffset time, Rendering.BuildDiagnostics diagnostics, Themes.Theme? theme = null, Incremental.FrontMatterCache? frontMatters = null, Incremental.DocumentCache.Snapshot? previousDocuments = null)
    {
        _tree = tree;
        FrontMatters = frontMatters ?? new Incremental.FrontMatterCache(null);
        // Reading a document depends on the configuration besides its file (defaults, permalinks, collections, time zone…).
        Documents = new Incremental.DocumentCache(previousDocuments, Incremental.ConfigurationFingerprint.Of(configuration));
        _folders = new SourceFolders(tree, FrontMatters);
        _theme = theme;
        _configuration = configuration;
        _time = TimeZoneInfo.ConvertTime(time, configuration.TimeZone);
        _filter = new EntryFilter(configuration, _folders.IsFolder);
        Defaults = new FrontMatterDefaults(configuration, Glob);
        var publisher = new Publisher(configuration, _time);
        var documents = new DocumentReader(tree, configuration, Defaults, publisher, _time, FrontMatters, Documents);
        _pages = new PageReader(tree, configuration, Defaults, publisher, FrontMatters);
        _staticFiles = new StaticFileReader(tree, Defaults);
        _posts = new PostReader(_folders, _filter, documents, publisher, configuration.ShowDrafts, diagnostics);
        _collections = new CollectionReader(_folders, _filter, documents, _staticFiles, configuration);
    }

    public FrontMatterDefaults Defaults { get; }

    /// <summary>The front matter this build parsed (or reused), for the next build.</summary>
    public Incremental.FrontMatterCache FrontMatters { get; }

    /// <summary>The documents this build read (or reused), for the next build.</summary>
    public Incremental.DocumentCache Documents { get; }

    /// <summary>How this site's pages are read: generators build their pages with it.</summary>
    public PageReader PageReader => _pages;

    public SiteContent Read()
    {
        var layouts = new LayoutReader(_tree, _configuration.LayoutsDir, _filter, _theme).Read();
        var collections = _configuration.Collections
            .Select(c => new Collection(c.Label, c.Metadata, UrlTemplate(c.Metadata), _configuration.CollectionsDir))
            .ToList();
        var posts = collections.FirstOrDefault(c => c.Label == "posts") ?? new Collection("posts", new Dictionary<string, object?>(), UrlTemplate(new Dictionary<string, object?>()), _configuration.CollectionsDir);
        var pages = new List<Page>();
        var staticFiles = new List<StaticFile>();

        var pagePaths = new List<string>();
        ReadFolder("", posts, pagePaths, staticFiles);
        // Like posts, pages are read on all cores (parsing is per file); the results stay in walk order.
        pages.AddRange(ParallelInOrder.Map(pagePaths, _pages.Read).OfType<Page>());
        ReadIncludedFiles(pages, staticFiles);
        foreach (var collection in collections.Where(c => c.Label is not ("posts" or "data")))
        {
            _collections.Read(collection);
            staticFiles.AddRange(collection.Files);
        }

        CollectionReader.Sort(posts);
        LimitPosts(posts);
        var sortedPages = pages.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        var sortedStaticFiles = staticFiles.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        ReadThemeAssets(sortedPages, sortedStaticFiles);
        return new SiteContent
        {
            Source = _tree,
            Configuration = _configuration,
            Layouts = layouts,
            Data = ReadData(),
            Pages = sortedPages,
            StaticFiles = sortedStaticFiles,
            Collections = collections.Count > 0 ? collections : [posts],
            Time = _time,
            Theme = _theme,
        };
    }

    /// <summary>
    /// ThemeAssetsReader: every file of the theme's <c>assets</c> (depth first, names sorted; no exclusions apply)
    /// becomes a page or a static file, unless the site already has one at that path.
    /// </summary>
    private void ReadThemeAssets(List<Page> pages, List<StaticFile> staticFiles)
    {
        if (_theme is null)
        {
            return;
        }

        foreach (var path in _theme.FilesIn("assets").OrderBy(p => p.Replace('/', '\0'), StringComparer.Ordinal))
        {
            if (FrontMatter.HasFrontMatter(_theme.Files.Read(path)))
            {
                if (!pages.Any(p => p.SourcePath == path) && _pages.Read(path) is { } page)
                {
                    pages.Add(page);
                }
            }
            else if (!staticFiles.Any(f => f.SourcePath == path))
            {
                staticFiles.Add(_staticFiles.Read(path));
            }
        }
    }

    // Reader#read_data: the theme's data first, the site's merged over it.
    private IReadOnlyDictionary<string, object?> ReadData()
    {
        var data = new DataReader(_tree, _configuration.DataDir, _folders).Read();
        if (_theme is null || !_theme.Files.Files.Any(f => f.StartsWith("_data/", StringComparison.Ordinal)))
        {
            return data;
        }

        var themeData = new DataReader(_theme.Files, "_data", new SourceFolders(_theme.Files, FrontMatters)).Read();
        return DataMerge.Merge(themeData, data);
    }

    // Reader#read_directories: entries are filtered per folder, so every level is checked for special names.
    private void ReadFolder(string folder, Collection posts, List<string> pagePaths, List<StaticFile> staticFiles)
    {
        if (!OutsideCollectionsDir(folder))
        {
            posts.Docs.AddRange(_posts.Read(folder, posts));
        }

        foreach (var entry in _folders.Entries(folder))
        {
            if (!_filter.Accepts(entry, folder))
            {
                continue;
            }

            var path = folder.Length == 0 ? entry : folder + "/" + entry;
            if (_folders.IsFolder(path))
            {
                ReadFolder(path, posts, pagePaths, staticFiles);
            }
            else if (_folders.HasFrontMatter(path))
            {
                pagePaths.Add(path);
            }
            else
            {
                staticFiles.Add(_staticFiles.Read(path));
            }
        }
    }

    // Reader#read_included_excludes: files named in `include` that the walk skipped (e.g. inside a special folder).
    private void ReadIncludedFiles(List<Page> pages, List<StaticFile> staticFiles)
    {
        foreach (var entry in _configuration.Include)
        {
            var path = entry.Trim('/');
            if (!_folders.IsFile(path) || pages.Any(p => p.SourcePath == path) || staticFiles.Any(f => f.SourcePath == path))
            {
                continue;
            }

            if (!_folders.HasFrontMatter(path))
            {
                staticFiles.Add(_staticFiles.Read(path));
            }
            else if (_pages.Read(path) is { } page)
            {
                pages.Add(page);
            }
        }
    }

    // With a collections_dir, posts and drafts are read only inside it.
    private bool OutsideCollectionsDir(string folder) =>
        _configuration.CollectionsDir.Length > 0 && !("/" + folder).StartsWith("/" + _configuration.CollectionsDir, StringComparison.Ordinal);

    private string UrlTemplate(IReadOnlyDictionary<string, object?> metadata) =>
        metadata.GetValueOrDefault("permalink") as string ?? PermalinkStyle.AddSuffix("/:collection/:path", _configuration.PermalinkStyle);

    private void LimitPosts(Collection posts)
    {
        var limit = _configuration.LimitPosts;
        if (limit > 0 && posts.Docs.Count > limit)
        {
            posts.Docs.RemoveRange(0, posts.Docs.Count - limit);
        }
    }

    // Dir.glob over the source: files and folders matching a defaults scope such as "docs/*".
    private IReadOnlyList<string> Glob(string pattern)
    {
        var folders = _tree.Files.SelectMany(Ancestors).Distinct(StringComparer.Ordinal);
        return _tree.Files.Concat(folders).Where(p => FnMatch.MatchesPath(pattern.Trim('/'), p)).ToList();

        static IEnumerable<string> Ancestors(string file)
        {
            for (var folder = RubyPath.Directory(file); folder.Length > 0; folder = RubyPath.Directory(folder))
            {
                yield return folder;
            }
        }
    }
}
