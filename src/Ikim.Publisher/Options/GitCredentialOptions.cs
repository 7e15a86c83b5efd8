using System.ComponentModel.DataAnnotations;

namespace Ikim.Publisher.Options;

/// <summary>
/// Credentials for a private content repository (configuration section <c>Repository:Credentials</c>).
/// HTTPS: a token or a user name and password, given inline (from the environment, e.g.
/// <c>Repository__Credentials__Token</c>) or as a file that is read again before every fetch, so a
/// rotated token works without a restart. SSH: a private key and a known_hosts file; the host key
/// is always checked against it.
/// </summary>
public sealed class GitCredentialOptions : IValidatableObject
{
    public const string Section = "Repository:Credentials";

    /// <summary>The user name; with a token it defaults to <c>x-access-token</c>, which GitHub, GitLab and Gitea accept.</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    public string? PasswordFile { get; set; }

    public string? Token { get; set; }

    public string? TokenFile { get; set; }

    /// <summary>The private key for ssh:// and scp-like (<c>git@host:repo</c>) remotes.</summary>
    public string? SshKeyFile { get; set; }

    /// <summary>The known_hosts file the remote's host key must be listed in; required with <see cref="SshKeyFile"/>.</summary>
    public string? SshKnownHostsFile { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var secrets = new[] { (nameof(Password), Password), (nameof(PasswordFile), PasswordFile), (nameof(Token), Token), (nameof(TokenFile), TokenFile) }
            .Where(s => !string.IsNullOrEmpty(s.Item2))
            .Select(s => s.Item1)
            .ToList();
        if (secrets.Count > 1)
        {
            yield return new ValidationResult($"Repository:Credentials: give only one of Password, PasswordFile, Token, TokenFile (got {string.Join(", ", secrets)}).", secrets);
        }

        if ((Password is { Length: > 0 } || PasswordFile is { Length: > 0 }) && string.IsNullOrEmpty(Username))
        {
            yield return new ValidationResult("Repository:Credentials:Username is required with a password.", [nameof(Username)]);
        }

        if (!string.IsNullOrEmpty(SshKeyFile) && string.IsNullOrEmpty(SshKnownHostsFile))
        {
            yield return new ValidationResult("Repository:Credentials:SshKnownHostsFile is required with SshKeyFile: the remote's host key is never accepted blindly.", [nameof(SshKnownHostsFile)]);
        }
    }
}
