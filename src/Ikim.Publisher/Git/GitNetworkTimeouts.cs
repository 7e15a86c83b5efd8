using System.Runtime.InteropServices;

namespace Ikim.Publisher.Git;

/// <summary>
/// libgit2's connect and read/write timeouts (GIT_OPT_SET_SERVER_CONNECT_TIMEOUT and
/// GIT_OPT_SET_SERVER_TIMEOUT, libgit2 1.7+), which LibGit2Sharp 0.32 does not expose. Without
/// them a remote that accepts the connection and then stalls blocks a fetch for as long as the
/// OS lets a socket wait. They are process-wide; the worker sets them once at start.
/// </summary>
internal static unsafe class GitNetworkTimeouts
{
    private const int SetServerConnectTimeout = 39;
    private const int GetServerConnectTimeout = 40;
    private const int SetServerTimeout = 41;
    private const int GetServerTimeout = 42;

    public static void Apply(TimeSpan connect, TimeSpan readWrite)
    {
        var opts = Options();
        var set = (delegate* unmanaged<int, int, int>)opts;
        Check(set(SetServerConnectTimeout, Milliseconds(connect)), "connect timeout");
        Check(set(SetServerTimeout, Milliseconds(readWrite)), "server timeout");
    }

    /// <summary>The timeouts in force, read back from libgit2 (for tests and start-up logging).</summary>
    public static (TimeSpan Connect, TimeSpan ReadWrite) Current()
    {
        var get = (delegate* unmanaged<int, int*, int>)Options();
        int connect = 0, readWrite = 0;
        Check(get(GetServerConnectTimeout, &connect), "connect timeout");
        Check(get(GetServerTimeout, &readWrite), "server timeout");
        return (TimeSpan.FromMilliseconds(connect), TimeSpan.FromMilliseconds(readWrite));
    }

    // git_libgit2_opts is variadic; its integer arguments travel in the same registers as a
    // fixed-argument call on x64 and arm64 Linux, which is what this worker runs on.
    private static IntPtr Options()
    {
        _ = LibGit2Sharp.GlobalSettings.GetOwnerValidation(); // a native call: makes LibGit2Sharp load its library
        var library = LoadedLibgit2();
        if (library is null || !NativeLibrary.TryLoad(library, out var handle))
        {
            throw new InvalidOperationException("libgit2's native library is not loaded in this process.");
        }

        return NativeLibrary.GetExport(handle, "git_libgit2_opts");
    }

    // LibGit2Sharp names its native library after the libgit2 commit (libgit2-5853918.so): find the one it loaded.
    private static string? LoadedLibgit2() =>
        File.ReadLines("/proc/self/maps")
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault())
            .FirstOrDefault(path => path is not null && Path.GetFileName(path).StartsWith("libgit2", StringComparison.Ordinal) && path.Contains(".so", StringComparison.Ordinal));

    private static int Milliseconds(TimeSpan value) => (int)Math.Clamp(value.TotalMilliseconds, 1, int.MaxValue);

    private static void Check(int result, string what)
    {
        if (result != 0)
        {
            throw new InvalidOperationException($"libgit2 refused to set its {what} ({result}).");
        }
    }
}
