namespace Ikim.Publisher.Publishing;

/// <summary>
/// What an operator may do to releases by hand: list them, roll back (which pins), pin, unpin.
/// Works on disk through the release lock, so the command line and HTTP admin endpoints can use
/// it beside a running worker, which reads the pin before every publish.
/// </summary>
public sealed class ReleaseControl(ReleaseStore store, TimeProvider clock)
{
    public ReleasePin? Pin => store.Pin;

    /// <summary>Kept releases, newest first, with what each one is.</summary>
    public IReadOnlyList<ReleaseSummary> List()
    {
        var live = store.LiveId;
        var previous = store.PreviousId;
        var pinned = store.Pin?.Release;
        return store.ReleaseIds()
            .Select(id => new ReleaseSummary(id, store.ReadManifest(id), id == live, id == previous, id == pinned))
            .ToList();
    }

    /// <summary>
    /// Switches <c>current</c> to <paramref name="release"/> (a release id, a unique prefix of one,
    /// or a commit sha prefix; by default the release live before the current one) and pins it,
    /// so automatic publishing pauses until <see cref="Unpin"/>. The target must be intact: its
    /// files must hash to its manifest.
    /// </summary>
    public ReleaseSummary Rollback(string? release, string reason = "rollback")
    {
        var target = release is null ? DefaultRollbackTarget() : Resolve(release);
        using var held = store.Lock();
        if (!store.ReleaseIds().Contains(target))
        {
            throw new ReleaseControlException($"Release {target} was removed meanwhile.");
        }

        if (!store.Verify(target))
        {
            throw new ReleaseControlException($"Release {target} is damaged: its files do not match its manifest. Not switching.");
        }

        if (store.LiveId != target)
        {
            store.Activate(target, held);
        }

        store.WritePin(new ReleasePin(target, clock.GetUtcNow(), reason), held);
        return Summary(target);
    }

    /// <summary>Pins the live release without switching: publishing pauses.</summary>
    public ReleaseSummary PinLive(string reason = "pinned")
    {
        using var held = store.Lock();
        var live = store.LiveId ?? throw new ReleaseControlException("No release is live yet: nothing to pin.");
        store.WritePin(new ReleasePin(live, clock.GetUtcNow(), reason), held);
        return Summary(live);
    }

    /// <summary>Removes the pin; the worker publishes the branch head again at its next poll. False when nothing was pinned.</summary>
    public bool Unpin()
    {
        using var held = store.Lock();
        return store.RemovePin(held);
    }

    private string DefaultRollbackTarget()
    {
        var live = store.LiveId ?? throw new ReleaseControlException("No release is live yet: nothing to roll back from.");
        return store.PreviousId is { } previous && previous != live
            ? previous
            : store.ReleaseIds().FirstOrDefault(id => string.CompareOrdinal(id, live) < 0)
              ?? throw new ReleaseControlException($"No release older than the live one ({live}) is kept: nothing to roll back to.");
    }

    private string Resolve(string release)
    {
        var ids = store.ReleaseIds();
        if (ids.Contains(release))
        {
            return release;
        }

        var byId = ids.Where(id => id.StartsWith(release, StringComparison.Ordinal)).ToList();
        var byCommit = release.Length >= 4
            ? ids.Where(id => store.ReadManifest(id)?.Commit.StartsWith(release, StringComparison.OrdinalIgnoreCase) == true).ToList()
            : [];
        var matches = byId.Count > 0 ? byId : byCommit;
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new ReleaseControlException($"No kept release matches '{release}'. Kept: {string.Join(", ", ids)}.", notFound: true),
            _ => throw new ReleaseControlException($"'{release}' matches {matches.Count} releases ({string.Join(", ", matches)}); give more of the id."),
        };
    }

    private ReleaseSummary Summary(string id) =>
        new(id, store.ReadManifest(id), id == store.LiveId, id == store.PreviousId, id == store.Pin?.Release);
}

/// <summary>A kept release as the <c>releases</c> command and the status surface show it.</summary>
public sealed record ReleaseSummary(string Id, ReleaseManifest? Manifest, bool Live, bool Previous, bool Pinned);

/// <summary>A release operation that cannot be done, with a message for the operator.</summary>
/// <param name="notFound">The named release is not kept (as opposed to an operation that conflicts with the state).</param>
public sealed class ReleaseControlException(string message, bool notFound = false) : Exception(message)
{
    public bool NotFound { get; } = notFound;
}
