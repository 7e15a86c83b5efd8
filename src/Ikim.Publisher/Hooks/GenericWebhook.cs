using Ikim.Publisher.Operations;
using Ikim.Publisher.Options;

namespace Ikim.Publisher.Hooks;

/// <summary>
/// For CI jobs, cron and forges without a provider of their own: either
/// <c>X-Signature-256: sha256=HEX</c> (HMAC-SHA256 of the raw body under <c>Hooks:GenericSecret</c>)
/// or <c>Authorization: Bearer &lt;Hooks:GenericToken&gt;</c>. Every request is a push; a JSON body
/// may name the ref (<c>{"ref": "refs/heads/main"}</c> or <c>{"branch": "main"}</c>), an empty one means "fetch now".
/// </summary>
public sealed class GenericWebhook : IWebhookProvider
{
    private const string Prefix = "sha256=";
    private const string Bearer = "Bearer ";

    public string Name => "generic";

    public bool IsEnabled(HooksOptions options) => !string.IsNullOrEmpty(options.GenericSecret) || !string.IsNullOrEmpty(options.GenericToken);

    public bool Authenticate(HttpRequest request, ReadOnlySpan<byte> body, HooksOptions options)
    {
        var signature = request.Headers["X-Signature-256"].ToString();
        if (!string.IsNullOrEmpty(options.GenericSecret) && signature.StartsWith(Prefix, StringComparison.Ordinal)
            && ConstantTime.HmacSha256Matches(options.GenericSecret, body, signature[Prefix.Length..]))
        {
            return true;
        }

        var authorization = request.Headers.Authorization.ToString();
        return !string.IsNullOrEmpty(options.GenericToken) && authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)
            && ConstantTime.SameSecret(authorization[Bearer.Length..].Trim(), options.GenericToken);
    }

    public HookEvent Parse(HttpRequest request, byte[] body) =>
        new(HookKind.Push, body.Length == 0 ? null : PushPayload.Ref(request, body), "push");

    public string? DeliveryId(HttpRequest request) =>
        request.Headers["X-Delivery-Id"].FirstOrDefault() ?? request.Headers["X-Request-Id"].FirstOrDefault();
}
