using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// Jekyll's CollectionReader: every file under <c>collections_dir/_label</c> (dot-files too, filtered as
/// entries of that folder); files with front matter are documents, the others static files. Documents are
/// then ordered by <c>order</c>, by <c>sort_by</c>, or by date and path.
/// </summary>
internal sealed class CollectionReader(SourceFolders folders, EntryFilter filter, DocumentReader documents, StaticFileReader staticFiles, SiteConfiguration configuration)
{
    public void Read(Collection collection)
    {
        foreach (var entry in folders.FilesBelow(collection.Directory, dotMatch: true))
        {
            if (!filter.Accepts(entry, collection.RelativeDirectory))
            {
                continue;
            }

            var path = collection.Directory + "/" + entry;
            if (folders.HasFrontMatter(path))
            {
                var document = documents.Read(path, collection);
                if (configuration.Unpublished || document.Data.GetValueOrDefault("published") is not false)
                {
                    collection.Docs.Add(document);
                }
            }
            else
            {
                collection.Files.Add(staticFiles.Read(path, collection.RelativeDirectory + "/" + entry, collection));
            }
        }

        Sort(collection);
    }

    public static void Sort(Collection collection)
    {
        var sorted = collection.Docs.Order(DocumentOrder.Instance).ToList();
        if (collection.Metadata.GetValueOrDefault("order") is List<object?> order)
        {
            var byPath = sorted.ToDictionary(d => d.RelativePath, StringComparer.Ordinal);
            var listed = order.Select(e => collection.RelativeDirectory + "/" + e).Where(byPath.ContainsKey).Distinct().ToList();
            sorted = listed.Select(p => byPath[p]).Concat(sorted.Where(d => !listed.Contains(d.RelativePath))).ToList();
        }
        else if (collection.Metadata.GetValueOrDefault("sort_by") is string key)
        {
            sorted = sorted.Order(new PropertyOrder(key)).ToList();
        }

        collection.Docs.Clear();
        collection.Docs.AddRange(sorted);
    }

    /// <summary>Collection#sort_docs_by_key!: documents lacking the key go last; ties and incomparable values fall back to date and path.</summary>
    private sealed class PropertyOrder(string key) : IComparer<Document>
    {
        public int Compare(Document? x, Document? y)
        {
            var a = x!.Data.GetValueOrDefault(key);
            var b = y!.Data.GetValueOrDefault(key);
            var order = (a, b) switch
            {
                (null, not null) => 1,
                (not null, null) => -1,
                _ => RubyCompare.Compare(a, b),
            };
            return order is null or 0 ? DocumentOrder.Instance.Compare(x, y) : order.Value;
        }
    }
}
