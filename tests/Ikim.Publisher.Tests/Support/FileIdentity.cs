using System.Buffers.Binary;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Ikim.Publisher.Tests.Support;

/// <summary>
/// A file's inode, link count and mtime (to the nanosecond), read with statx(2): unlike struct stat,
/// struct statx has one layout on every architecture, so fixed offsets are safe.
/// </summary>
public readonly partial record struct FileIdentity(ulong Inode, uint Links, long MtimeSeconds, uint MtimeNanoseconds)
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint BasicStats = 0x7ff; // STATX_BASIC_STATS

    public static unsafe FileIdentity Of(string path)
    {
        var buffer = new byte[256];
        fixed (byte* pointer = buffer)
        {
            if (statx(CurrentFolder, path, 0, BasicStats, pointer) != 0)
            {
                throw new IOException($"statx('{path}') failed", new Win32Exception(Marshal.GetLastPInvokeError()));
            }
        }

        var span = buffer.AsSpan();
        return new FileIdentity(
            BinaryPrimitives.ReadUInt64LittleEndian(span[32..]),
            BinaryPrimitives.ReadUInt32LittleEndian(span[16..]),
            BinaryPrimitives.ReadInt64LittleEndian(span[112..]),
            BinaryPrimitives.ReadUInt32LittleEndian(span[120..]));
    }

    /// <summary>Every file under <paramref name="root"/>, by path relative to it.</summary>
    public static Dictionary<string, FileIdentity> Tree(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), Of);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int statx(int dirfd, string pathname, int flags, uint mask, byte* statxbuf);
}
