using System.Text;
using Ikim.Publisher.Publishing;
using Ikim.Publisher.Site.Incremental;

namespace Ikim.Publisher.Worker;

/// <summary>
/// What the worker knows of the last release it built, for the next build: the dependency record of
/// its renders and the digests of its files. Used only while that release is the live one (the next
/// build links unchanged files from the live release). Kept in memory and, written in the
/// background after every publish, in <c>site/build-state.bin</c>, so a restarted worker still
/// renders only what changed; after a rollback or a pin the next build renders everything.
/// </summary>
public sealed class PreviousBuild(ReleaseStore store, ILogger<PreviousBuild> logger)
{
    private const string Magic = "ikim-previous-build";
    private const int Version = 1;
    private readonly Lock _lock = new();
    private readonly string _file = Path.Combine(store.Root, "build-state.bin");
    private (string Release, Known Known)? _last;
    private readonly SerialBackground _saves = new();
    private bool _loaded;

    public void Remember(string release, BuildState state, FileDigests digests)
    {
        var known = new Known(state, digests);
        lock (_lock)
        {
            _last = (release, known);
            _loaded = true;
            // Queued under the lock: saves land in the order the states were remembered.
            _saves.Enqueue(() => Save(release, known));
        }
    }

    /// <summary>What is known of <paramref name="release"/> if it is the one remembered (in memory, or on disk from an earlier run); null otherwise.</summary>
    public Known? Of(string release)
    {
        lock (_lock)
        {
            if (!_loaded)
            {
                _loaded = true;
                _last = Load();
            }

            return _last is { } last && last.Release == release ? last.Known : null;
        }
    }

    /// <summary>Completes once the last state remembered is on disk.</summary>
    public Task Saved => _saves.Idle;

    private void Save(string release, Known known)
    {
        var temporary = Path.Combine(store.Root, ReleaseStore.BuildStateTempPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
                {
                    writer.Write(Magic);
                    writer.Write(Version);
                    writer.Write(release);
                    writer.Write(known.Digests.Entries.Count);
                    foreach (var (path, entry) in known.Digests.Entries)
                    {
                        writer.Write(path);
                        writer.Write(entry.Length);
                        writer.Write(entry.Modified.Ticks);
                        writer.Write(entry.Digest);
                    }
                }

                BuildStateFile.Write(known.State, stream);
                // On disk now, in the background: else the next release's seal (a sync of the whole
                // file system) would write these megabytes while the editor waits.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, _file, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Without the file a restarted worker renders everything once: a cost, not a fault.
            logger.LogWarning("Could not save the build state of release {Release}: {Reason}; after a restart the first build renders everything", release, ex.Message);
            File.Delete(temporary);
        }
    }

    private (string Release, Known Known)? Load()
    {
        try
        {
            using var stream = new FileStream(_file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
            {
                return null;
            }

            var release = reader.ReadString();
            var count = reader.ReadInt32();
            var entries = new Dictionary<string, FileDigests.Entry>(StringComparer.Ordinal);
            while (entries.Count < count)
            {
                entries[reader.ReadString()] = new FileDigests.Entry(reader.ReadInt64(), new DateTime(reader.ReadInt64(), DateTimeKind.Utc), reader.ReadString());
            }

            return BuildStateFile.Read(stream) is { } state ? (release, new Known(state, new FileDigests(entries))) : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException or OverflowException)
        {
            logger.LogWarning("Could not read the build state in {File}: {Reason}; the next build renders everything", _file, ex.Message);
            return null;
        }
    }

    public sealed record Known(BuildState State, FileDigests Digests);
}
