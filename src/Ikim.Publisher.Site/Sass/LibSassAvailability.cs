using System.Runtime.InteropServices;

namespace Ikim.Publisher.Site.Sass;

/// <summary>
/// Whether libsass can be loaded. The library is only needed by sites with Sass pages, so it is looked for
/// when the first one is converted, and its absence fails that page with a message saying what to install
/// instead of taking the process down with a <see cref="DllNotFoundException"/>.
/// </summary>
internal static class LibSassAvailability
{
    private static readonly Lazy<string?> Installed = new(() => MissingReason(LibSass.Library));

    /// <summary>Null when libsass loads; otherwise why Sass cannot be compiled and how to fix it.</summary>
    public static string? Missing => Installed.Value;

    public static string? MissingReason(string library) =>
        NativeLibrary.TryLoad(library, typeof(LibSass).Assembly, null, out _)
            ? null
            : Message(library);

    private static string Message(string library) =>
        $"compiling Sass needs libsass ({library}), which is not installed: apt-get install libsass1";
}
