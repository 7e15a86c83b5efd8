using System.Text.RegularExpressions;

namespace Ikim.Publisher.Git;

/// <summary>Remote URLs as they may appear in logs and status: credentials masked.</summary>
public static partial class RemoteUrl
{
    /// <summary><c>https://user:token@host/repo</c> → <c>https://***@host/repo</c>.</summary>
    public static string Redact(string url) => UserInfo().Replace(url, "$1***@");

    /// <summary>Masks credentials in every URL inside a longer text (an error message naming the remote).</summary>
    public static string RedactAll(string text) => EmbeddedUserInfo().Replace(text, "$1***@");

    /// <summary>True for a plain path (not scp-like <c>git@host:repo</c>, not a URL).</summary>
    public static bool IsLocalPath(string url) =>
        !Scheme().IsMatch(url) && !ScpLike().IsMatch(url);

    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@")]
    private static partial Regex UserInfo();

    [GeneratedRegex(@"([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\s]*@")]
    private static partial Regex EmbeddedUserInfo();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*://")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^[^/\s]+@[^/\s:]+:")]
    private static partial Regex ScpLike();
}
