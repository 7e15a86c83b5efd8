using System.Text;
using System.Text.Json;

namespace Ikim.Publisher.Publishing;

/// <summary>
/// A pinned release, like a locked deploy: while the pin file exists the worker keeps fetching
/// but publishes nothing, whatever is pushed. <c>rollback</c> writes it, <c>unpin</c> removes it.
/// It lives beside <c>current</c> (<c>&lt;root&gt;/pinned.json</c>) and the worker reads it before
/// every publish, so the command line works on a running worker without talking to it.
/// </summary>
public sealed record ReleasePin(string Release, DateTimeOffset PinnedAt, string Reason)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The pin at <paramref name="path"/>, or null when publishing is not pinned.</summary>
    public static ReleasePin? Read(string path)
    {
        // Read on every poll: the common case (no pin) costs a stat, not an exception.
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ReleasePin>(File.ReadAllText(path), Json);
        }
        catch (FileNotFoundException)
        {
            // Unpinned between the check and the read.
            return null;
        }
        catch (JsonException)
        {
            // A pin file we cannot read still means "someone pinned": stay paused rather than publish.
            return new ReleasePin("unknown", DateTimeOffset.MinValue, $"unreadable pin file {path}");
        }
    }

    /// <summary>
    /// Writes the pin durably: a temporary file, flushed, renamed over the pin file, then the
    /// folder fsynced. A crash leaves either the old pin state or the new one, never half a file.
    /// </summary>
    public void Write(string path, string temporary)
    {
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            stream.Write(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this, Json) + "\n"));
            stream.Flush(flushToDisk: true);
        }

        NativeFileSystem.Rename(temporary, path);
        NativeFileSystem.SyncDirectory(Path.GetDirectoryName(path)!);
    }

    public static bool Remove(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        NativeFileSystem.SyncDirectory(Path.GetDirectoryName(path)!);
        return true;
    }
}
