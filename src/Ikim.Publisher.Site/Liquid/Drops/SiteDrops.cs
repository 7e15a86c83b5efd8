using System.Collections.Concurrent;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Generating;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Liquid.Drops;

/// <summary>
/// Every drop of one build: one per page, document, static file and collection, and the site drop.
/// Created once; renders read them concurrently and never change them. Only the renderer, between its
/// phases (when no render runs), fills in documents' rendered <c>content</c>, <c>excerpt</c> and <c>output</c>.
/// </summary>
internal sealed class SiteDrops
{
    private readonly Dictionary<Page, ScriptObject> _pages;
    private readonly Dictionary<Document, DocumentDropObject> _documents;
    private readonly Dictionary<StaticFile, ScriptObject> _staticFiles;
    private readonly Dictionary<Collection, ScriptObject> _collections;
    private readonly SiteIndex _index;
    private readonly ScriptObject _siteForOtherDocuments;
    private readonly ConcurrentDictionary<Document, ScriptObject> _siteForNewestPosts = new();

    public SiteDrops(SiteContent site, SiteIndex index)
    {
        _index = index;
        // Converting every item's data into drops is a tenth of a build at 10,000 pages: on all cores.
        _pages = InParallel(site.Pages, PageDrop.Create);
        _documents = InParallel(site.Documents.ToList(), DocumentDrop.Create);
        _staticFiles = site.StaticFiles.Concat(site.Collections.SelectMany(c => c.Files)).Distinct().ToDictionary(f => f, StaticFileDrop.Create);
        foreach (var collection in site.Collections)
        {
            for (var i = 0; i < collection.Docs.Count; i++)
            {
                var drop = _documents[collection.Docs[i]];
                drop.SetValue("previous", i > 0 ? _documents[collection.Docs[i - 1]] : null, readOnly: false);
                drop.SetValue("next", i + 1 < collection.Docs.Count ? _documents[collection.Docs[i + 1]] : null, readOnly: false);
            }
        }

        _collections = site.Collections.ToDictionary(
            c => c,
            c => CollectionDrop.Create(c, new ScriptArray(c.Docs.Select(Of)), new ScriptArray(c.Files.Select(Of))));
        Site = SiteDrop.Create(site, index, this);
        var newest = index.NewestPosts;
        _siteForOtherDocuments = SiteDrop.WithRelatedPosts(Site, new ScriptArray(index.PostsNewestFirst.Count <= 1 ? [] : newest.Take(10).Select(Of)));
    }

    private static Dictionary<TItem, TDrop> InParallel<TItem, TDrop>(IReadOnlyList<TItem> items, Func<TItem, TDrop> create)
        where TItem : notnull
    {
        var drops = ParallelInOrder.Map(items, create);
        return items.Select((item, i) => (item, i)).ToDictionary(pair => pair.item, pair => drops[pair.i]);
    }

    /// <summary><c>site</c> for pages (no <c>related_posts</c>).</summary>
    public ScriptObject Site { get; }

    public ScriptObject Of(Page page) => _pages[page];

    public DocumentDropObject Of(Document document) => _documents[document];

    public ScriptObject Of(StaticFile file) => _staticFiles[file];

    public ScriptObject Of(Collection collection) => _collections[collection];

    /// <summary><c>site</c> while a document renders, with its related posts (the newest posts are related to ten others).</summary>
    public ScriptObject SiteFor(Document document) =>
        _index.NewestPosts.Contains(document)
            ? _siteForNewestPosts.GetOrAdd(document, d => SiteDrop.WithRelatedPosts(Site, new ScriptArray(_index.RelatedPosts(d).Select(Of))))
            : _siteForOtherDocuments;
}
