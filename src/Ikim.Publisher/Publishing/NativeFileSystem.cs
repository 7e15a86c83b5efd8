using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Ikim.Publisher.Publishing;

/// <summary>
/// The few POSIX calls .NET does not expose: rename(2) over a symlink (File.Move and
/// Directory.Move refuse to replace a link to a folder), and fsync/syncfs for durability.
/// </summary>
internal static partial class NativeFileSystem
{
    private const int ReadOnly = 0;
    private const int Directory = 0x10000;

    /// <summary>Atomically replaces <paramref name="to"/> with <paramref name="from"/>.</summary>
    public static void Rename(string from, string to)
    {
        if (rename(from, to) != 0)
        {
            throw new IOException($"rename('{from}', '{to}') failed", new Win32Exception(Marshal.GetLastPInvokeError()));
        }
    }

    /// <summary>fsync on a folder: makes a rename or link inside it survive a power cut.</summary>
    public static void SyncDirectory(string path) => WithDescriptor(path, fd => fsync(fd), "fsync");

    /// <summary>Flushes every dirty page of the file system holding <paramref name="path"/> (one call instead of an fsync per file).</summary>
    public static void SyncFileSystem(string path) => WithDescriptor(path, fd => syncfs(fd), "syncfs");

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
    private static partial int rename(string oldpath, string newpath);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string pathname, int flags);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int fsync(int fd);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int syncfs(int fd);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int close(int fd);
}
