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
/// The operator's actions on releases over HTTP: rebuild, rollback (which pins), pin, unpin.
/// Rollback, pin and unpin are <see cref="ReleaseControl"/>'s, the same the command line uses:
/// they work under the release lock, and the worker reads the pin under that lock before it
/// switches, so a build finishing during a rollback does not go live over it.
/// </summary>
public sealed class AdminActions(ReleaseStore store, ReleaseControl control, BuildTrigger trigger, ILogger<AdminActions> logger)
{
    public AdminResult Rebuild()
    {
        if (store.Pin is not null)
        {
            return Result(AdminOutcome.Conflict, "publishing is pinned; unpin first");
        }

        trigger.RequestRebuild();
        logger.LogInformation("Rebuild of the branch head requested by an operator");
        return Result(AdminOutcome.Done, "rebuild requested");
    }

    /// <summary>Switches to <paramref name="releaseId"/> (default: the release live before this one) and pins it.</summary>
    public AdminResult Rollback(string? releaseId)
    {
        if (releaseId is not null && !ReleaseIdentifiers.IsValid(releaseId))
        {
            return Result(AdminOutcome.NotFound, "no such release is kept");
        }

        var live = store.LiveId;
        try
        {
            var target = control.Rollback(releaseId, "rollback over HTTP");
            logger.LogWarning("Rolled back from {From} to {Release}; publishing is pinned until unpinned", live ?? "none", target.Id);
            return Result(AdminOutcome.Done, "rolled back and pinned");
        }
        catch (ReleaseControlException ex)
        {
            return Result(ex.NotFound ? AdminOutcome.NotFound : AdminOutcome.Conflict, ex.NotFound ? "no such release is kept" : ex.Message);
        }
    }

    public AdminResult Pin()
    {
        try
        {
            var pinned = control.PinLive("pinned over HTTP");
            logger.LogWarning("Pinned {Release}; publishing is paused until unpinned", pinned.Id);
            return Result(AdminOutcome.Done, "pinned");
        }
        catch (ReleaseControlException ex)
        {
            return Result(AdminOutcome.Conflict, ex.Message);
        }
    }

    public AdminResult Unpin()
    {
        if (!control.Unpin())
        {
            return Result(AdminOutcome.Done, "was not pinned");
        }

        // Publish the branch head now instead of at the next poll.
        trigger.Request();
        logger.LogWarning("Unpinned; publishing resumes");
        return Result(AdminOutcome.Done, "unpinned");
    }

    private AdminResult Result(AdminOutcome outcome, string message) => new(outcome, message, store.LiveId, store.Pin?.Release);
}
