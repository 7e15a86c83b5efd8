namespace Ikim.Publisher.Git;

/// <summary>
/// A fetch that failed, with a cause fit for logs and status: secrets are already masked, and
/// for SSH the cause is what ssh itself said (host key not trusted, key refused, ...). The kind
/// says which fault it is, however the cause happens to read this time.
/// </summary>
public sealed class FetchException(string cause, FetchFailureKind kind) : Exception(cause)
{
    public string Cause => Message;

    public FetchFailureKind Kind { get; } = kind;
}
