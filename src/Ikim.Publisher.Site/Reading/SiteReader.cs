using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// The read stage, as Jekyll's Reader: layouts; a walk of the source folders that finds pages, static
/// files and the posts of every <c>_posts</c>; files named by <c>include</c>; the other collections;
/// <c>_data</c>. Then the sort Jekyll applies (pages by name, static files by path) and <c>limit_posts</c>.
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

    public SiteReader(ISourceTree tree, SiteConfiguration configuration, DateTimeOffset time, Rendering.BuildDiagnostics diagnostics)
    {
        _tree = tree;
        _configuration = configuration;
        _time = TimeZoneInfo.ConvertTime(time, configuration.TimeZone);
        _folders = new SourceFolders(tree);
        _filter = new EntryFilter(configuration, _folders.IsFolder);
        Defaults = new FrontMatterDefaults(configuration, Glob);
        var publisher = new Publisher(configuration, _time);
        var documents = new DocumentReader(tree, configuration, Defaults, publisher, _time);
        _pages = new PageReader(tree, configuration, Defaults, publisher);
        _staticFiles = new StaticFileReader(tree, Defaults);
        _posts = new PostReader(_folders, _filter, documents, publisher, configuration.ShowDrafts, diagnostics);
        _collections = new CollectionReader(_folders, _filter, documents, _staticFiles, configuration);
    }

    public FrontMatterDefaults Defaults { get; }

    public SiteContent Read()
    {
        var layouts = new LayoutReader(_tree, _configuration.LayoutsDir, _filter).Read();
        var collections = _configuration.Collections
            .Select(c => new Collection(c.Label, c.Metadata, UrlTemplate(c.Metadata), _configuration.CollectionsDir))
            .ToList();
        var posts = collections.FirstOrDefault(c => c.Label == "posts") ?? new Collection("posts", new Dictionary<string, object?>(), UrlTemplate(new Dictionary<string, object?>()), _configuration.CollectionsDir);
        var pages = new List<Page>();
        var staticFiles = new List<StaticFile>();

        ReadFolder("", posts, pages, staticFiles);
        ReadIncludedFiles(pages, staticFiles);
        foreach (var collection in collections.Where(c => c.Label is not ("posts" or "data")))
        {
            _collections.Read(collection);
            staticFiles.AddRange(collection.Files);
        }

        CollectionReader.Sort(posts);
        LimitPosts(posts);
        return new SiteContent
        {
            Source = _tree,
            Configuration = _configuration,
            Layouts = layouts,
            Data = new DataReader(_tree, _configuration.DataDir, _folders).Read(),
            Pages = pages.OrderBy(p => p.Name, StringComparer.Ordinal).ToList(),
            StaticFiles = staticFiles.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList(),
            Collections = collections.Count > 0 ? collections : [posts],
            Time = _time,
        };
    }

    // Reader#read_directories: entries are filtered per folder, so every level is checked for special names.
    private void ReadFolder(string folder, Collection posts, List<Page> pages, List<StaticFile> staticFiles)
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
                ReadFolder(path, posts, pages, staticFiles);
            }
            else if (_folders.HasFrontMatter(path))
            {
                if (_pages.Read(path) is { } page)
                {
                    pages.Add(page);
                }
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
