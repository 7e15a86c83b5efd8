using Ikim.Publisher.Git;
using Ikim.Publisher.Options;
using Microsoft.Extensions.Options;

namespace Ikim.Publisher.Operations;

/// <summary>
/// Last line of defence for text that leaves the process through status and metrics (fetch
/// and build errors come from libgit2 and the file system, and may quote a remote URL):
/// masks the user-info of any URL in the text and every configured secret.
/// </summary>
public sealed class SecretRedactor(IOptions<HooksOptions> hooks, IOptions<AdminOptions> admin, IOptions<RepositoryOptions> repository, IOptions<GitCredentialOptions> credentials)
{
    private const string Mask = "***";

    public string Redact(string text)
    {
        var redacted = RemoteUrl.RedactAll(text);
        foreach (var secret in Secrets())
        {
            redacted = redacted.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return redacted;
    }

    public string? RedactOrNull(string? text) => text is null ? null : Redact(text);

    private IEnumerable<string?> AllSecrets()
    {
        var h = hooks.Value;
        yield return h.GitHubSecret;
        yield return h.GitLabToken;
        yield return h.GiteaSecret;
        yield return h.GenericSecret;
        yield return h.GenericToken;
        yield return admin.Value.Token;
        // Secrets read from files are masked where they are read (Git/GitCredentials).
        yield return credentials.Value.Password;
        yield return credentials.Value.Token;
        if (Uri.TryCreate(repository.Value.Url, UriKind.Absolute, out var url) && url.UserInfo.Length > 0)
        {
            yield return url.UserInfo;
            foreach (var part in url.UserInfo.Split(':'))
            {
                yield return Uri.UnescapeDataString(part);
            }
        }
    }

    // Short fragments (a user name like "git") would mask ordinary words; real secrets are long.
    private IEnumerable<string> Secrets() => AllSecrets().OfType<string>().Where(s => s.Length >= 6).OrderByDescending(s => s.Length);
}
