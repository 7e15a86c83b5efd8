namespace Ikim.Publisher.Publishing;

/// <summary>
/// An exclusive lock on a file, shared across processes (flock(2)). The worker and the
/// command line (<c>rollback</c>, <c>unpin</c>) both take the release lock around every change
/// of <c>current</c>, the pin and retention, so a rollback never interleaves with a switch.
/// </summary>
public sealed class ReleaseLock : IDisposable
{
    private int _fd;

    private ReleaseLock(int fd) => _fd = fd;

    /// <summary>Waits until the lock is free and takes it.</summary>
    public static ReleaseLock Acquire(string path) => new(NativeFileSystem.LockFile(path, wait: true));

    /// <summary>Takes the lock if no other process holds it; null otherwise.</summary>
    public static ReleaseLock? TryAcquire(string path)
    {
        var fd = NativeFileSystem.LockFile(path, wait: false);
        return fd < 0 ? null : new ReleaseLock(fd);
    }

    public void Dispose()
    {
        var fd = Interlocked.Exchange(ref _fd, -1);
        if (fd >= 0)
        {
            NativeFileSystem.Unlock(fd);
        }
    }
}
