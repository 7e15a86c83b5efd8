using System.Text;
using Ikim.Publisher.Publishing;

namespace Ikim.Publisher.Operations;

/// <summary>
/// The pin: a marker file <c>&lt;Releases:Root&gt;/pinned</c> holding a release id. While it
/// exists the worker fetches but does not publish, like a locked deploy. Kept on disk so a
/// restart does not silently unpin a rollback.
/// </summary>
public sealed class ReleasePin(ReleaseStore store)
{
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
