using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Ikim.Publisher.Publishing;

/// <summary>
/// The few POSIX calls .NET does not expose: rename(2) over a symlink (File.Move and
/// Directory.Move refuse to replace a link to a folder), fsync/syncfs for durability, and a
/// blocking flock(2) shared with other processes (the CLI's rollback beside the worker), and
/// link(2) for hard links (.NET has no File.CreateHardLink).
/// </summary>
internal static partial class NativeFileSystem
{
    private const int ReadOnly = 0;
    private const int ReadWrite = 2;
    private const int Create = 0x40;
    private const int Directory = 0x10000;
    private const int CloseOnExec = 0x80000;
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private const int Interrupted = 4;
    private const int WouldBlock = 11;

    /// <summary>Atomically replaces <paramref name="to"/> with <paramref name="from"/>.</summary>
    public static void Rename(string from, string to)
    {
        if (rename(from, to) != 0)
        {
            throw new IOException($"rename('{from}', '{to}') failed", new Win32Exception(Marshal.GetLastPInvokeError()));
        }
    }

    /// <summary>Makes <paramref name="newPath"/> a second name of the file at <paramref name="existing"/>.</summary>
    public static void Link(string existing, string newPath)
    {
        if (link(existing, newPath) != 0)
        {
            throw new IOException($"link('{existing}', '{newPath}') failed", new Win32Exception(Marshal.GetLastPInvokeError()));
        }
    }

    /// <summary>fsync on a folder: makes a rename or link inside it survive a power cut.</summary>
    public static void SyncDirectory(string path) => WithDescriptor(path, fd => fsync(fd), "fsync");

    /// <summary>Flushes every dirty page of the file system holding <paramref name="path"/> (one call instead of an fsync per file).</summary>
    public static void SyncFileSystem(string path) => WithDescriptor(path, fd => syncfs(fd), "syncfs");

    /// <summary>
    /// Opens (creating it) <paramref name="path"/> and takes an exclusive flock(2) on it: the kernel
    /// drops the lock when the descriptor is closed or the process dies, so a SIGKILL never leaves
    /// a stale lock behind. Close-on-exec keeps child processes (ssh started by libgit2) from
    /// inheriting it. Returns -1 when <paramref name="wait"/> is false and another process holds it.
    /// </summary>
    public static int LockFile(string path, bool wait)
    {
        var fd = open(path, ReadWrite | Create | CloseOnExec, 0x1a4 /* 0644 */);
        if (fd < 0)
        {
            throw new IOException($"open('{path}') failed", new Win32Exception(Marshal.GetLastPInvokeError()));
        }

        while (flock(fd, LockExclusive | (wait ? 0 : LockNonBlocking)) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error == Interrupted)
            {
                continue;
            }

            _ = close(fd);
            if (error == WouldBlock && !wait)
            {
                return -1;
            }

            throw new IOException($"flock('{path}') failed", new Win32Exception(error));
        }

        return fd;
    }

    /// <summary>Closes a descriptor from <see cref="LockFile"/>, which releases its lock.</summary>
    public static void Unlock(int fd) => _ = close(fd);

    private static void WithDescriptor(string path, Func<int, int> call, string name)
    {
        var fd = open(path, ReadOnly | Directory);
        if (fd < 0)
        {
            throw new IOException($"open('{path}') failed", new Win32Exception(Marshal.GetLastPInvokeError()));
        }

        try
        {
            if (call(fd) != 0)
            {
                throw new IOException($"{name}('{path}') failed", new Win32Exception(Marshal.GetLastPInvokeError()));
            }
        }
        finally
        {
            _ = close(fd);
        }
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int link(string oldpath, string newpath);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int rename(string oldpath, string newpath);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string pathname, int flags);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string pathname, int flags, int mode);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int flock(int fd, int operation);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int fsync(int fd);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int syncfs(int fd);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int close(int fd);
}
