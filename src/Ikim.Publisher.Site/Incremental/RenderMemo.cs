using System.Collections.Concurrent;

namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// The render stage's memory of the previous build: a render is skipped when the previous build
/// recorded it with the same own fingerprint and every key it read still has the fingerprint it had;
/// an output is reused only if the previous output still holds the file at its recorded size.
/// Every render of this build, reused or not, is recorded for the next one.
/// </summary>
/// <param name="previousHolds">Whether the previous output has a plain file of a size at an output path; null when there is no previous output (nothing is reused).</param>
internal sealed class RenderMemo(BuildState? previous, string globalFingerprint, CurrentFingerprints current, Func<string, long, bool>? previousHolds)
{
    private readonly IReadOnlyDictionary<string, ItemRecord>? _previous = previous?.GlobalFingerprint == globalFingerprint && previousHolds is not null ? previous.Records : null;

    // Sized for a site like the previous one: growing a concurrent table under load copies it repeatedly.
    private readonly ConcurrentDictionary<string, ItemRecord> _records = new(Environment.ProcessorCount, Math.Max(previous?.Count ?? 0, 31), StringComparer.Ordinal);
    private int _rendered;
    private int _reused;

    public int Rendered => _rendered;

    public int Reused => _reused;

    /// <summary>The previous record of the render, if everything it read is unchanged; the record is carried over.</summary>
    public ItemRecord? TryReuse(string key, string self, string? outputPath = null)
    {
        if (_previous is null || !_previous.TryGetValue(key, out var record) || record.Self != self
            || !ReadsHold(record)
            || (outputPath is not null && !previousHolds!(outputPath, record.OutputBytes)))
        {
            return null;
        }

        _records[key] = record;
        Interlocked.Increment(ref _reused);
        return record;
    }

    /// <summary>Records a render done afresh, with the fingerprints its reads have now.</summary>
    public ItemRecord Record(string key, string self, DependencyRecorder reads, string result, bool keepText)
    {
        var recorded = reads.Keys.Order(StringComparer.Ordinal)
            .Select(read => new KeyValuePair<string, string>(read, read == DependencyKeys.Anything ? "" : current.Of(read)))
            .ToArray();
        var record = new ItemRecord(self, recorded, keepText ? result : null, Fingerprint.Of(result), keepText ? 0 : System.Text.Encoding.UTF8.GetByteCount(result));
        _records[key] = record;
        Interlocked.Increment(ref _rendered);
        return record;
    }

    /// <summary>Counts a render that is never reused (Sass, generated feeds, paginated pages).</summary>
    public void CountUnrecorded() => Interlocked.Increment(ref _rendered);

    /// <summary>The state for the next build; call once every render is done (the records are handed over, not copied).</summary>
    public BuildState Finish() => new(globalFingerprint, _records);

    /// <summary>Whether every key the record read still has the fingerprint it had (a loop: this runs for every record of the site).</summary>
    private bool ReadsHold(ItemRecord record)
    {
        var reads = record.Reads;
        for (var i = 0; i < reads.Count; i++)
        {
            var read = reads[i];
            if (read.Key == DependencyKeys.Anything || current.Of(read.Key) != read.Value)
            {
                return false;
            }
        }

        return true;
    }
}
