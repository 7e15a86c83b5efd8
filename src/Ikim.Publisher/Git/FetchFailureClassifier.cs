using System.Globalization;
using System.Text.RegularExpressions;

namespace Ikim.Publisher.Git;

/// <summary>
/// Sorts a failed fetch's cause into a <see cref="FetchFailureKind"/>. libgit2 gives no error
/// class worth using (connection refused, reset, 404 and 401 all arrive as one exception type),
/// so the cause's text is read: libgit2's messages, and for SSH what ssh itself said.
/// </summary>
public static partial class FetchFailureClassifier
{
    public static FetchFailureKind Classify(string cause)
    {
        if (HttpStatus().Match(cause) is { Success: true } status)
        {
            return OfStatus(int.Parse(status.Groups[1].Value, CultureInfo.InvariantCulture));
        }

        // An SSH cause joins ssh's line and libgit2's ("... (could not read refs from remote
        // repository)"): what the remote said about access or the repository decides first.
        if (Authentication().IsMatch(cause))
        {
            return FetchFailureKind.Authentication;
        }

        if (NotFound().IsMatch(cause))
        {
            return FetchFailureKind.NotFound;
        }

        return Unreachable().IsMatch(cause) ? FetchFailureKind.Unreachable : FetchFailureKind.Other;
    }

    private static FetchFailureKind OfStatus(int code) => code switch
    {
        401 or 403 or 407 => FetchFailureKind.Authentication,
        404 or 410 => FetchFailureKind.NotFound,
        >= 500 => FetchFailureKind.Unreachable,
        _ => FetchFailureKind.Other,
    };

    [GeneratedRegex(@"unexpected http status code: (\d{3})", RegexOptions.IgnoreCase)]
    private static partial Regex HttpStatus();

    [GeneratedRegex(@"authentication|permission denied|host key verification failed|remote host identification has changed|no matching host key|certificate", RegexOptions.IgnoreCase)]
    private static partial Regex Authentication();

    [GeneratedRegex(@"repository not found|not a git repository|does not appear to be a git repository|could not find repository", RegexOptions.IgnoreCase)]
    private static partial Regex NotFound();

    [GeneratedRegex(@"failed to connect|connection (refused|reset|closed|timed out|aborted)|timed out|timeout|unexpected eof|early eof|error (receiving|sending) data|failed to resolve address|could not resolve|name or service not known|temporary failure in name resolution|network is unreachable|no route to host|broken pipe|http parser|kex_exchange_identification", RegexOptions.IgnoreCase)]
    private static partial Regex Unreachable();
}
