using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Ikim.Publisher.Tests.Support;

/// <summary>
/// Webhook requests as GitHub, GitLab, Gitea and Forgejo send them for a push: their headers,
/// and payloads with the fields and nesting of the real events (abridged to what a site push carries).
/// </summary>
public static class ForgeHooks
{
    public const string GitHubSecret = "gh-whsec-6f1d2c9a8b7e4d3c";
    public const string GitLabToken = "glpat-hook-3a8f7e6d5c4b3a29";
    public const string GiteaSecret = "gitea-whsec-9b8a7c6d5e4f3a2b";
    public const string GenericSecret = "generic-hmac-1c2d3e4f5a6b7c8d";
    public const string GenericToken = "generic-bearer-8d7c6b5a4f3e2d1c";
    public const string AdminToken = "admin-token-5e4d3c2b1a0f9e8d";

    /// <summary>Every provider on, plus the admin token.</summary>
    public static Dictionary<string, string?> AllSecrets() => new()
    {
        ["Hooks:GitHubSecret"] = GitHubSecret,
        ["Hooks:GitLabToken"] = GitLabToken,
        ["Hooks:GiteaSecret"] = GiteaSecret,
        ["Hooks:GenericSecret"] = GenericSecret,
        ["Hooks:GenericToken"] = GenericToken,
        ["Admin:Token"] = AdminToken,
        // Only webhooks and admin actions start builds in these tests.
        ["Repository:PollInterval"] = "01:00:00",
    };

    public static string[] Secrets => [GitHubSecret, GitLabToken, GiteaSecret, GenericSecret, GenericToken, AdminToken];

    /// <summary>A push of <paramref name="sha"/> to <paramref name="reference"/>, as <paramref name="provider"/> sends it, signed with <paramref name="secret"/> (null: unsigned).</summary>
    public static HttpRequestMessage Push(string provider, string reference, string sha, string? secret)
    {
        var delivery = Guid.NewGuid().ToString();
        return provider switch
        {
            "github" => GitHub("push", GitHubPush(reference, sha), delivery, secret),
            "gitlab" => Json("/hooks/gitlab", GitLabPush(reference, sha), request =>
            {
                request.Headers.Add("X-Gitlab-Event", "Push Hook");
                request.Headers.Add("X-Gitlab-Event-UUID", delivery);
                request.Headers.Add("X-Gitlab-Instance", "https://gitlab.example.org");
                request.Headers.UserAgent.ParseAdd("GitLab/17.5.0");
                if (secret is not null)
                {
                    request.Headers.Add("X-Gitlab-Token", secret);
                }
            }),
            "gitea" => Gitea("Gitea", GiteaPush(reference, sha), delivery, secret),
            "forgejo" => Gitea("Forgejo", GiteaPush(reference, sha), delivery, secret),
            "generic-hmac" => Json("/hooks/generic", JsonSerializer.Serialize(new { @ref = reference, after = sha }), request =>
            {
                request.Headers.Add("X-Delivery-Id", delivery);
                if (secret is not null)
                {
                    request.Headers.Add("X-Signature-256", "sha256=" + Hmac(secret, request.Content!));
                }
            }),
            "generic-bearer" => Json("/hooks/generic", JsonSerializer.Serialize(new { branch = reference.Replace("refs/heads/", "") }), request =>
            {
                request.Headers.Add("X-Request-Id", delivery);
                if (secret is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
                }
            }),
            _ => throw new ArgumentException(provider),
        };
    }

    /// <summary>The secret a provider's endpoint is configured with in <see cref="AllSecrets"/>.</summary>
    public static string SecretOf(string provider) => provider switch
    {
        "github" => GitHubSecret,
        "gitlab" => GitLabToken,
        "gitea" or "forgejo" => GiteaSecret,
        "generic-hmac" => GenericSecret,
        "generic-bearer" => GenericToken,
        _ => throw new ArgumentException(provider),
    };

    public static HttpRequestMessage GitHub(string eventName, string body, string delivery, string? secret, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/github") { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Add("X-GitHub-Event", eventName);
        request.Headers.Add("X-GitHub-Delivery", delivery);
        request.Headers.Add("X-GitHub-Hook-ID", "501234567");
        request.Headers.Add("X-GitHub-Hook-Installation-Target-Type", "repository");
        request.Headers.UserAgent.ParseAdd("GitHub-Hookshot/4f5e6d7");
        if (secret is not null)
        {
            request.Headers.Add("X-Hub-Signature-256", "sha256=" + Hmac(secret, request.Content));
        }

        return request;
    }

    public static string Hmac(string secret, HttpContent content) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), content.ReadAsByteArrayAsync().GetAwaiter().GetResult()));

    public static string GitHubPush(string reference, string sha) => JsonSerializer.Serialize(new
    {
        @ref = reference,
        before = "0f2c8d1e3b4a59687766554433221100ffeeddcc",
        after = sha,
        repository = new
        {
            id = 812345678,
            node_id = "R_kgDOMG9xyz",
            name = "website",
            full_name = "ikim/website",
            @private = false,
            owner = new { name = "ikim", login = "ikim", id = 9876543, type = "Organization" },
            html_url = "https://github.com/ikim/website",
            clone_url = "https://github.com/ikim/website.git",
            default_branch = "main",
            master_branch = "main",
        },
        pusher = new { name = "erika", email = "erika@example.org" },
        sender = new { login = "erika", id = 1234567, type = "User" },
        created = false,
        deleted = false,
        forced = false,
        base_ref = (string?)null,
        compare = "https://github.com/ikim/website/compare/0f2c8d1e3b4a...",
        commits = new[] { Commit(sha) },
        head_commit = Commit(sha),
    });

    private static string GitLabPush(string reference, string sha) => JsonSerializer.Serialize(new
    {
        object_kind = "push",
        event_name = "push",
        before = "0f2c8d1e3b4a59687766554433221100ffeeddcc",
        after = sha,
        @ref = reference,
        ref_protected = true,
        checkout_sha = sha,
        message = (string?)null,
        user_id = 4,
        user_name = "Erika Editor",
        user_username = "erika",
        user_email = "",
        project_id = 15,
        project = new
        {
            id = 15,
            name = "website",
            web_url = "https://gitlab.example.org/ikim/website",
            git_http_url = "https://gitlab.example.org/ikim/website.git",
            git_ssh_url = "git@gitlab.example.org:ikim/website.git",
            @namespace = "ikim",
            path_with_namespace = "ikim/website",
            default_branch = "main",
        },
        commits = new[]
        {
            new
            {
                id = sha,
                message = "Reword the welcome\n",
                title = "Reword the welcome",
                timestamp = "2026-11-27T12:11:49+01:00",
                url = "https://gitlab.example.org/ikim/website/-/commit/" + sha,
                author = new { name = "Erika Editor", email = "erika@example.org" },
                added = Array.Empty<string>(),
                modified = new[] { "index.md" },
                removed = Array.Empty<string>(),
            },
        },
        total_commits_count = 1,
        repository = new
        {
            name = "website",
            url = "git@gitlab.example.org:ikim/website.git",
            description = "",
            homepage = "https://gitlab.example.org/ikim/website",
            git_http_url = "https://gitlab.example.org/ikim/website.git",
            git_ssh_url = "git@gitlab.example.org:ikim/website.git",
            visibility_level = 20,
        },
    });

    private static string GiteaPush(string reference, string sha) => JsonSerializer.Serialize(new
    {
        @ref = reference,
        before = "0f2c8d1e3b4a59687766554433221100ffeeddcc",
        after = sha,
        compare_url = "https://git.example.org/ikim/website/compare/0f2c8d1e3b4a...",
        commits = new[] { Commit(sha) },
        total_commits = 1,
        head_commit = Commit(sha),
        repository = new
        {
            id = 42,
            owner = new { id = 3, login = "ikim", full_name = "IKIM", username = "ikim" },
            name = "website",
            full_name = "ikim/website",
            @private = false,
            html_url = "https://git.example.org/ikim/website",
            clone_url = "https://git.example.org/ikim/website.git",
            default_branch = "main",
        },
        pusher = new { id = 7, login = "erika", full_name = "Erika Editor", email = "erika@example.org", username = "erika" },
        sender = new { id = 7, login = "erika", full_name = "Erika Editor", email = "erika@example.org", username = "erika" },
    });

    private static object Commit(string sha) => new
    {
        id = sha,
        tree_id = "4b825dc642cb6eb9a060e54bf8d69288fbee4904",
        distinct = true,
        message = "Reword the welcome",
        timestamp = "2026-11-27T12:11:49+01:00",
        url = "https://github.com/ikim/website/commit/" + sha,
        author = new { name = "Erika Editor", email = "erika@example.org", username = "erika" },
        committer = new { name = "Erika Editor", email = "erika@example.org", username = "erika" },
        added = Array.Empty<string>(),
        removed = Array.Empty<string>(),
        modified = new[] { "index.md" },
    };

    private static HttpRequestMessage Gitea(string forge, string body, string delivery, string? secret) =>
        Json("/hooks/gitea", body, request =>
        {
            // Forgejo sends its own headers and, for compatibility, Gitea's; a Gitea-only test sends Gitea's.
            request.Headers.Add($"X-{forge}-Event", "push");
            request.Headers.Add($"X-{forge}-Event-Type", "push");
            request.Headers.Add($"X-{forge}-Delivery", delivery);
            request.Headers.UserAgent.ParseAdd("Go-http-client/1.1");
            if (secret is not null)
            {
                request.Headers.Add($"X-{forge}-Signature", Hmac(secret, request.Content!));
            }
        });

    private static HttpRequestMessage Json(string path, string body, Action<HttpRequestMessage> headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        headers(request);
        return request;
    }
}
