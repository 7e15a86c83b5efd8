using Ikim.Publisher.Publishing;

namespace Ikim.Publisher.Worker;

/// <summary>
/// The next release, drafted while the worker waits for a commit: once a release is live, a hidden
/// staging folder gets all its files hard-linked (seconds of link(2) on a big site), so the next
/// build only writes, replaces and removes what changed. At most one draft exists; a build takes it
/// only if it was drafted from the release live when the build starts, else it is thrown away.
/// </summary>
public sealed class ReleaseDrafts(ReleaseStore store, ILogger<ReleaseDrafts> logger)
{
    private readonly Lock _gate = new();
    private Task<ReleaseDraft?> _pending = Task.FromResult<ReleaseDraft?>(null);

    /// <summary>Starts drafting from <paramref name="release"/> (its <paramref name="files"/>, relative paths with their sizes) in the background; any earlier draft is thrown away.</summary>
    public void Prepare(string release, IReadOnlyDictionary<string, long> files)
    {
        lock (_gate)
        {
            var earlier = _pending;
            _pending = Task.Run(() =>
            {
                Discard(earlier.Result);
                return Draft(release, files);
            });
        }
    }

    /// <summary>The draft of <paramref name="live"/>, waiting while it is being made; null when there is none (a draft of another release is thrown away).</summary>
    public ReleaseDraft? Take(string? live)
    {
        Task<ReleaseDraft?> pending;
        lock (_gate)
        {
            pending = _pending;
            _pending = Task.FromResult<ReleaseDraft?>(null);
        }

        var draft = pending.Result;
        if (draft is not null && draft.Release == live && Directory.Exists(draft.Path))
        {
            return draft;
        }

        Discard(draft);
        return null;
    }

    /// <summary>Completes when no draft is being made (it may exist; the next start removes an unused one).</summary>
    public Task Idle
    {
        get
        {
            lock (_gate)
            {
                return _pending;
            }
        }
    }

    private ReleaseDraft? Draft(string release, IReadOnlyDictionary<string, long> files)
    {
        try
        {
            return store.Draft(release, files, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // No draft only means the next build links every file itself: never a reason to fail it.
            logger.LogWarning("Could not draft the next release from {Release}: {Reason}; the next build links its files itself", release, ex.Message);
            return null;
        }
    }

    private void Discard(ReleaseDraft? draft)
    {
        try
        {
            if (draft is not null && Directory.Exists(draft.Path))
            {
                Directory.Delete(draft.Path, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Could not remove the unused release draft {Folder}: {Reason}", draft!.Path, ex.Message);
        }
    }
}
