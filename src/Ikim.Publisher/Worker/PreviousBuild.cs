using Ikim.Publisher.Publishing;
using Ikim.Publisher.Site.Incremental;

namespace Ikim.Publisher.Worker;

/// <summary>
/// What the worker knows of the last release it built, kept in memory for the next build: the
/// dependency record of its renders and the digests of its files. Used only while that release is
/// the live one (the next build links unchanged files from the live release). After a restart, a
/// rollback or a pin, the next build renders and hashes everything.
/// </summary>
public sealed class PreviousBuild
{
    private readonly Lock _lock = new();
    private (string Release, Known Known)? _last;

    public void Remember(string release, BuildState state, FileDigests digests)
    {
        lock (_lock)
        {
            _last = (release, new Known(state, digests));
        }
    }

    /// <summary>What is known of <paramref name="release"/> if it is the one remembered; null otherwise.</summary>
    public Known? Of(string release)
    {
        lock (_lock)
        {
            return _last is { } last && last.Release == release ? last.Known : null;
        }
    }

    public sealed record Known(BuildState State, FileDigests Digests);
}
