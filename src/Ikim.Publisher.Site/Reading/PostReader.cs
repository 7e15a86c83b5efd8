using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// Jekyll's PostReader: the files in a folder's <c>_posts</c> whose names start with a date, and with
/// <c>show_drafts</c> the files in its <c>_drafts</c>; each kept only when published and not in the future.
/// </summary>
internal sealed partial class PostReader(SourceFolders folders, EntryFilter filter, DocumentReader documents, Publisher publisher, bool showDrafts, Rendering.BuildDiagnostics diagnostics)
{
    /// <param name="folder">The source-relative folder being walked ("" for the source).</param>
    public IEnumerable<Document> Read(string folder, Collection posts)
    {
        var found = ReadPublishable(folder, "_posts", DatedName(), posts);
        return showDrafts ? found.Concat(ReadPublishable(folder, "_drafts", DatelessName(), posts)) : found;
    }

    private IEnumerable<Document> ReadPublishable(string folder, string magicDir, Regex matcher, Collection posts)
    {
        var baseFolder = Join(folder, magicDir);
        var entries = folders.FilesBelow(baseFolder, dotMatch: false)
            .Where(entry => filter.Accepts(entry, baseFolder) && matcher.IsMatch(entry))
            .ToList();
        foreach (var document in ReadAll(entries.ConvertAll(entry => Join(baseFolder, entry)), posts))
        {
            if (publisher.Publish(document.Data, document.Date))
            {
                yield return document;
            }
            else if (publisher.CanBePublished(document.Data))
            {
                // As Jekyll does: a post missing because of its date is the one editors ask about.
                diagnostics.Warn(document.SourcePath, $"Skipping: {document.SourcePath} has a future date ({document.Date:yyyy-MM-dd HH:mm:ss zzz}); build with --future to include it.");
            }
        }
    }

    // Reading and parsing a post touches nothing shared but thread-safe caches and the source
    // tree (safe for parallel reads), so the posts are read on all cores; the results, and the
    // first failure, stay in file order.
    private Document[] ReadAll(List<string> paths, Collection posts) => ParallelInOrder.Map(paths, path => documents.Read(path, posts));

    private static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;

    [GeneratedRegex(@"^(?>.+/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$")]
    private static partial Regex DatedName();

    [GeneratedRegex(@"^(?:.+/)*(.*)(\.[^.]+)$")]
    private static partial Regex DatelessName();
}
