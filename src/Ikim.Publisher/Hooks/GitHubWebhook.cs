using Ikim.Publisher.Operations;
using Ikim.Publisher.Options;

namespace Ikim.Publisher.Hooks;

/// <summary>
/// GitHub: <c>X-Hub-Signature-256: sha256=HEX</c> is the HMAC-SHA256 of the raw body under the
/// webhook secret; <c>X-GitHub-Event</c> names the event (<c>push</c>, <c>ping</c>, ...);
/// <c>X-GitHub-Delivery</c> is a GUID.
/// </summary>
public sealed class GitHubWebhook : IWebhookProvider
{
    private const string Prefix = "sha256=";

    public string Name => "github";

    public bool IsEnabled(HooksOptions options) => !string.IsNullOrEmpty(options.GitHubSecret);

    public bool Authenticate(HttpRequest request, ReadOnlySpan<byte> body, HooksOptions options)
    {
        var signature = request.Headers["X-Hub-Signature-256"].ToString();
        return signature.StartsWith(Prefix, StringComparison.Ordinal) && ConstantTime.HmacSha256Matches(options.GitHubSecret!, body, signature[Prefix.Length..]);
    }

    public HookEvent Parse(HttpRequest request, byte[] body)
    {
        var name = request.Headers["X-GitHub-Event"].ToString();
        return name switch
        {
            "push" => new HookEvent(HookKind.Push, PushPayload.Ref(request, body), name),
            "ping" => new HookEvent(HookKind.Ping, null, name),
            _ => new HookEvent(HookKind.Other, null, name),
        };
    }

    public string? DeliveryId(HttpRequest request) => request.Headers["X-GitHub-Delivery"].FirstOrDefault();
}
