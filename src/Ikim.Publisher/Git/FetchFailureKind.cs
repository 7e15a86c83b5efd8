namespace Ikim.Publisher.Git;

/// <summary>
/// What kind of fault made a fetch fail, as an operator acts on it. One fault reads differently
/// from fetch to fetch (a remote going down resets the fetch in flight, then refuses the next
/// ones; a forge's proxy answers 502, then the connection times out): the kind stays the same.
/// </summary>
public enum FetchFailureKind
{
    /// <summary>Nothing more specific is known; the cause's text is all there is.</summary>
    Other,

    /// <summary>No usable answer from the remote: refused, reset or closed connections, timeouts, unresolved names, 5xx answers.</summary>
    Unreachable,

    /// <summary>Credentials refused (401, 403, ssh "Permission denied"), or the remote's identity not trusted (SSH host key, TLS certificate).</summary>
    Authentication,

    /// <summary>The remote answers, but has no such repository (404, "does not appear to be a git repository").</summary>
    NotFound,
}
