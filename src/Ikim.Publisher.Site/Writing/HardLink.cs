using System.Runtime.InteropServices;

namespace Ikim.Publisher.Site.Writing;

/// <summary>
/// link(2), which .NET 10 does not expose (no File.CreateHardLink). A failure is an answer, not an
/// error: across file systems (EXDEV), on a file system without hard links, or past the link limit
/// the caller simply writes the file instead.
/// </summary>
internal static partial class HardLink
{
    public static bool TryCreate(string existing, string newPath) => link(existing, newPath) == 0;

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int link(string oldpath, string newpath);
}
