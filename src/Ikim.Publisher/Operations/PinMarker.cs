using System.Text;
using Ikim.Publisher.Git;
using Ikim.Publisher.Publishing;

namespace Ikim.Publisher.Operations;

/// <summary>
/// The pin, minimal until issue 8's pin in the release store lands (then use that): a marker file <c>&lt;Releases:Root&gt;/pinned</c> holding a release id. While it
/// exists the worker fetches but does not publish, like a locked deploy. Kept on disk so a
/// restart does not silently unpin a rollback.
/// </summary>
public sealed class PinMarker(ReleaseStore store, ILogger<PinMarker> logger)
{
    private string? _heldCommit;

    private string MarkerPath => Path.Combine(store.Root, "pinned");

    public bool IsPinned => File.Exists(MarkerPath);

    /// <summary>The pinned release id, or null when not pinned.</summary>
    public string? PinnedRelease
    {
        get
        {
            try
            {
                return File.ReadAllText(MarkerPath).Trim();
            }
            catch (FileNotFoundException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// The worker's question before publishing <paramref name="head"/>: true while pinned. Says
    /// once per held commit why it is not going live, so an editor's "where is my change?" has an answer in the log.
    /// </summary>
    public bool Holds(CommitInfo head)
    {
        if (PinnedRelease is not { } pinned)
        {
            return false;
        }

        if (Interlocked.Exchange(ref _heldCommit, head.Sha) != head.Sha)
        {
            logger.LogInformation("Publishing is pinned to {Release}: {Commit} waits until an operator unpins", pinned, head.ShortSha);
        }

        return true;
    }

    /// <summary>Writes the marker beside itself and renames it into place, so a reader never sees half an id.</summary>
    public void Pin(string releaseId)
    {
        var temporary = MarkerPath + ".tmp";
        File.WriteAllText(temporary, releaseId + "\n", new UTF8Encoding(false));
        File.Move(temporary, MarkerPath, overwrite: true);
    }

    /// <summary>Removes the pin; false when there was none.</summary>
    public bool Unpin()
    {
        if (!File.Exists(MarkerPath))
        {
            return false;
        }

        File.Delete(MarkerPath);
        return true;
    }
}
