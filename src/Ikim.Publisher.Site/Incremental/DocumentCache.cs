using System.Collections.Concurrent;
using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// The documents the previous build read, by path, content id and collection: a document whose file
/// and reading context (the configuration: defaults, permalinks, time zone, collections) are unchanged
/// is not built again (defaults merged, dates parsed, title, tags, excerpt and URL derived). Only
/// what depends on the commit's time is checked again: a document dated by the build's time, or one
/// whose file-name date Jekyll compares with it, is reused only under the same answer; whether it is
/// written (future posts) is decided afresh. Documents are never changed after reading, so one object
/// can serve several builds; each build gets a copy bound to its own collection.
/// </summary>
internal sealed class DocumentCache(DocumentCache.Snapshot? previous, string context)
{
    private readonly IReadOnlyDictionary<string, Entry>? _previous = previous?.Context == context ? previous.Entries : null;
    private readonly ConcurrentDictionary<string, Entry> _learnt = new(StringComparer.Ordinal);

    public Snapshot Learnt => new(context, _learnt);

    /// <summary>The previous build's reading of the file, when it holds under <paramref name="siteTime"/>; null when it must be read.</summary>
    public Entry? Find(string key, DateTimeOffset siteTime) =>
        _previous is not null && _previous.TryGetValue(key, out var entry) && entry.HoldsAt(siteTime) ? entry : null;

    public void Learn(string key, Entry entry) => _learnt[key] = entry;

    /// <param name="Document">The document as read (bound to the collection of the build that read it).</param>
    /// <param name="DatedBy">The build time the document took as its date, when it had none of its own.</param>
    /// <param name="ComparedDate">Jekyll compares a front-matter date with the build time (in whole seconds) before it takes the file name's date: the date compared and whether they were equal.</param>
    internal sealed record Entry(Document Document, DateTimeOffset? DatedBy, (long Seconds, bool Equal)? ComparedDate)
    {
        public bool HoldsAt(DateTimeOffset siteTime) =>
            (DatedBy is not { } dated || dated == siteTime)
            && (ComparedDate is not { } compared || (compared.Seconds == siteTime.ToUnixTimeSeconds()) == compared.Equal);
    }

    /// <param name="Context">The fingerprint of what reading depends on besides the file (the configuration).</param>
    internal sealed record Snapshot(string Context, IReadOnlyDictionary<string, Entry> Entries);
}
