namespace Ikim.Publisher.Git;

/// <summary>
/// A fetch that failed, with a cause fit for logs and status: secrets are already masked, and
/// for SSH the cause is what ssh itself said (host key not trusted, key refused, ...).
/// </summary>
public sealed class FetchException(string cause) : Exception(cause)
{
    public string Cause => Message;
}
