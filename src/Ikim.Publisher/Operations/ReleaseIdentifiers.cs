using System.Text.RegularExpressions;

namespace Ikim.Publisher.Operations;

/// <summary>
/// Build and release ids as they arrive from URLs and the command line. They become file
/// names, so only plain names pass: no separators, no leading dot, no "..".
/// </summary>
public static partial class ReleaseIdentifiers
{
    public static bool IsValid(string? id) => id is not null && Plain().IsMatch(id);

    [GeneratedRegex("^[0-9A-Za-z][0-9A-Za-z_-]{0,99}$")]
    private static partial Regex Plain();
}
