using System.ComponentModel.DataAnnotations;

namespace Ikim.Publisher.Options;

/// <summary>
/// Webhook endpoints (configuration section <c>Hooks</c>). A provider's endpoint exists only
/// when its secret is set: an endpoint without a secret would let anyone trigger builds.
/// Secrets come from configuration or the environment (<c>Hooks__GitHubSecret</c>), never
/// from the content repository.
/// </summary>
public sealed class HooksOptions
{
    public const string Section = "Hooks";

    private const string SecretPattern = @"^\S{16,}$";

    /// <summary>Largest accepted request body; larger ones get 413. GitHub caps its payloads at 25 MB, but a push to a site is far smaller.</summary>
    [Range(1024, 64 * 1024 * 1024, ErrorMessage = "Hooks:MaxBodyBytes must be between 1 KiB and 64 MiB.")]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The secret of a GitHub webhook: <c>POST /hooks/github</c> checks <c>X-Hub-Signature-256</c>.</summary>
    [RegularExpression(SecretPattern, ErrorMessage = "Hooks:GitHubSecret must be at least 16 characters without spaces.")]
    public string? GitHubSecret { get; set; }

    /// <summary>The secret token of a GitLab webhook: <c>POST /hooks/gitlab</c> checks <c>X-Gitlab-Token</c>.</summary>
    [RegularExpression(SecretPattern, ErrorMessage = "Hooks:GitLabToken must be at least 16 characters without spaces.")]
    public string? GitLabToken { get; set; }

    /// <summary>The secret of a Gitea or Forgejo webhook: <c>POST /hooks/gitea</c> checks <c>X-Gitea-Signature</c> (or <c>X-Forgejo-Signature</c>).</summary>
    [RegularExpression(SecretPattern, ErrorMessage = "Hooks:GiteaSecret must be at least 16 characters without spaces.")]
    public string? GiteaSecret { get; set; }

    /// <summary>HMAC-SHA256 secret for <c>POST /hooks/generic</c> (header <c>X-Signature-256: sha256=HEX</c>).</summary>
    [RegularExpression(SecretPattern, ErrorMessage = "Hooks:GenericSecret must be at least 16 characters without spaces.")]
    public string? GenericSecret { get; set; }

    /// <summary>Bearer token for <c>POST /hooks/generic</c> (header <c>Authorization: Bearer TOKEN</c>).</summary>
    [RegularExpression(SecretPattern, ErrorMessage = "Hooks:GenericToken must be at least 16 characters without spaces.")]
    public string? GenericToken { get; set; }
}
