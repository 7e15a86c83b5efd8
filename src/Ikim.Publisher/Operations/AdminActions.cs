using Ikim.Publisher.Publishing;
using Ikim.Publisher.Worker;

namespace Ikim.Publisher.Operations;

public enum AdminOutcome
{
    Done,
    NotFound,
    Conflict,
}

public sealed record AdminResult(AdminOutcome Outcome, string Message, string? Live, string? Pinned);

/// <summary>
/// The operator's actions on releases: rebuild, rollback (which pins), pin, unpin. One action
/// at a time, so two operators cannot interleave a rollback and a pin.
/// </summary>
/// <remarks>
/// A build that is already running when a rollback lands still switches <c>current</c> when
/// it finishes (the worker checks the pin before a build, not before the switch); the status
/// then shows a live release different from the pinned one, and a second rollback fixes it.
/// </remarks>
public sealed class AdminActions(ReleaseStore store, PinMarker pin, BuildTrigger trigger, ILogger<AdminActions> logger)
{
    private readonly Lock _gate = new();

    public AdminResult Rebuild()
    {
        lock (_gate)
        {
            if (pin.IsPinned)
            {
                return Result(AdminOutcome.Conflict, "publishing is pinned; unpin first");
            }

            trigger.RequestRebuild();
            logger.LogInformation("Rebuild of the branch head requested by an operator");
            return Result(AdminOutcome.Done, "rebuild requested");
        }
    }

    /// <summary>Switches to <paramref name="releaseId"/> (default: the release before the live one) and pins it.</summary>
    public AdminResult Rollback(string? releaseId)
    {
        lock (_gate)
        {
            var live = store.LiveId;
            var kept = store.ReleaseIds();
            var target = releaseId ?? kept.SkipWhile(id => id != live).Skip(1).FirstOrDefault();
            if (target is null)
            {
                return Result(AdminOutcome.Conflict, "no older release is kept");
            }

            if (!ReleaseIdentifiers.IsValid(target) || !kept.Contains(target))
            {
                return Result(AdminOutcome.NotFound, "no such release is kept");
            }

            // Pin first: if we crash between the two steps, the worker is paused on the old
            // live release rather than free to publish over the rollback.
            pin.Pin(target);
            store.Activate(target);
            logger.LogWarning("Rolled back from {From} to {Release}; publishing is pinned until unpinned", live ?? "none", target);
            return Result(AdminOutcome.Done, "rolled back and pinned");
        }
    }

    public AdminResult Pin()
    {
        lock (_gate)
        {
            if (store.LiveId is not { } live)
            {
                return Result(AdminOutcome.Conflict, "no release is live yet");
            }

            pin.Pin(live);
            logger.LogWarning("Pinned {Release}; publishing is paused until unpinned", live);
            return Result(AdminOutcome.Done, "pinned");
        }
    }

    public AdminResult Unpin()
    {
        lock (_gate)
        {
            if (!pin.Unpin())
            {
                return Result(AdminOutcome.Done, "was not pinned");
            }

            // Publish the branch head now instead of at the next poll.
            trigger.Request();
            logger.LogWarning("Unpinned; publishing resumes");
            return Result(AdminOutcome.Done, "unpinned");
        }
    }

    private AdminResult Result(AdminOutcome outcome, string message) => new(outcome, message, store.LiveId, pin.PinnedRelease);
}
