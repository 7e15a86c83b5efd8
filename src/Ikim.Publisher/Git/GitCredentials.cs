using Ikim.Publisher.Options;
using LibGit2Sharp;
using LibGit2Sharp.Handlers;

namespace Ikim.Publisher.Git;

/// <summary>
/// HTTPS credentials for fetches. A secret given as a file is read again before every fetch, so
/// a rotated token is picked up without a restart. Every secret ever read is remembered only to
/// be masked: <see cref="Redact"/> runs over every message that leaves the Git layer.
/// </summary>
public sealed class GitCredentials
{
    /// <summary>Accepted as the user name for a token by GitHub, GitLab and Gitea alike.</summary>
    public const string TokenUsername = "x-access-token";

    private readonly GitCredentialOptions _options;
    private readonly Func<string, string> _resolvePath;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _secrets = new(StringComparer.Ordinal);

    public GitCredentials(GitCredentialOptions options, Func<string, string> resolvePath)
    {
        _options = options;
        _resolvePath = resolvePath;
        Remember(options.Password);
        Remember(options.Token);
    }

    /// <summary>True when an HTTPS user name or secret is configured.</summary>
    public bool Configured =>
        new[] { _options.Password, _options.PasswordFile, _options.Token, _options.TokenFile }.Any(s => !string.IsNullOrEmpty(s));

    /// <summary>
    /// The credentials handler for one fetch, with the secret read now. libgit2 asks again when
    /// the server rejects what it got; the same secret is then refused at once, so a wrong token
    /// costs one round trip and fails with a clear cause instead of looping.
    /// </summary>
    public CredentialsHandler? ForOneFetch()
    {
        if (!Configured)
        {
            return null;
        }

        var username = string.IsNullOrEmpty(_options.Username) ? TokenUsername : _options.Username;
        var secret = ReadSecret();
        var offered = false;
        return (_, _, _) =>
        {
            if (offered)
            {
                throw new FetchException("the remote rejected the configured credentials (authentication failed)", FetchFailureKind.Authentication);
            }

            offered = true;
            return new UsernamePasswordCredentials { Username = username, Password = secret };
        };
    }

    /// <summary>Masks every known secret and any credentials written into a URL.</summary>
    public string Redact(string text)
    {
        lock (_gate)
        {
            foreach (var secret in _secrets)
            {
                text = text.Replace(secret, "***", StringComparison.Ordinal);
            }
        }

        return RemoteUrl.RedactAll(text);
    }

    private string ReadSecret()
    {
        if (!string.IsNullOrEmpty(_options.Password) || !string.IsNullOrEmpty(_options.Token))
        {
            return _options.Password is { Length: > 0 } password ? password : _options.Token!;
        }

        var (setting, file) = _options.PasswordFile is { Length: > 0 } passwordFile
            ? ("PasswordFile", passwordFile)
            : ("TokenFile", _options.TokenFile!);
        var path = _resolvePath(file);
        string secret;
        try
        {
            // A trailing newline is how most editors and `echo` leave a secret file; it is never part of the secret.
            secret = File.ReadAllText(path).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FetchException($"cannot read Repository:Credentials:{setting} '{path}': {ex.Message}", FetchFailureKind.Other);
        }

        if (secret.Length == 0)
        {
            throw new FetchException($"Repository:Credentials:{setting} '{path}' is empty", FetchFailureKind.Other);
        }

        Remember(secret);
        return secret;
    }

    private void Remember(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return;
        }

        lock (_gate)
        {
            _secrets.Add(secret);
        }
    }
}
