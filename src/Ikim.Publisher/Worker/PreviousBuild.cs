using Ikim.Publisher.Site.Incremental;

namespace Ikim.Publisher.Worker;

/// <summary>
/// The dependency record of the last release this worker built, kept in memory for the next build:
/// it is used only while that release is the live one (the next build links unchanged files from
/// the live release). After a restart, a rollback or a pin, the next build renders everything.
/// </summary>
public sealed class PreviousBuild
{
    private readonly Lock _lock = new();
    private (string Release, BuildState State)? _last;

    public void Remember(string release, BuildState state)
    {
        lock (_lock)
        {
            _last = (release, state);
        }
    }

    /// <summary>The state of <paramref name="release"/> if it is the one remembered; null otherwise.</summary>
    public BuildState? Of(string release)
    {
        lock (_lock)
        {
            return _last is { } last && last.Release == release ? last.State : null;
        }
    }
}
