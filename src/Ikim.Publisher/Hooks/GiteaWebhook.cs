using Ikim.Publisher.Operations;
using Ikim.Publisher.Options;

namespace Ikim.Publisher.Hooks;

/// <summary>
/// Gitea and Forgejo: <c>X-Gitea-Signature</c> (Forgejo also <c>X-Forgejo-Signature</c>) is the
/// bare hex HMAC-SHA256 of the raw body under the secret; <c>X-Gitea-Event</c> /
/// <c>X-Forgejo-Event</c> names the event, <c>X-Gitea-Delivery</c> / <c>X-Forgejo-Delivery</c> the delivery.
/// </summary>
public sealed class GiteaWebhook : IWebhookProvider
{
    public string Name => "gitea";

    public bool IsEnabled(HooksOptions options) => !string.IsNullOrEmpty(options.GiteaSecret);

    public bool Authenticate(HttpRequest request, ReadOnlySpan<byte> body, HooksOptions options) =>
        Header(request, "Signature") is { Length: > 0 } signature && ConstantTime.HmacSha256Matches(options.GiteaSecret!, body, signature);

    public HookEvent Parse(HttpRequest request, byte[] body)
    {
        var name = Header(request, "Event") ?? "";
        return name == "push"
            ? new HookEvent(HookKind.Push, PushPayload.Ref(request, body), name)
            : new HookEvent(HookKind.Other, null, name);
    }

    public string? DeliveryId(HttpRequest request) => Header(request, "Delivery");

    private static string? Header(HttpRequest request, string suffix) =>
        request.Headers["X-Gitea-" + suffix].FirstOrDefault() ?? request.Headers["X-Forgejo-" + suffix].FirstOrDefault();
}
