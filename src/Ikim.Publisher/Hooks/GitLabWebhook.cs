using Ikim.Publisher.Operations;
using Ikim.Publisher.Options;

namespace Ikim.Publisher.Hooks;

/// <summary>
/// GitLab: the secret token is sent as is in <c>X-Gitlab-Token</c> (GitLab does not sign the
/// body); <c>X-Gitlab-Event: Push Hook</c> marks a push (the UI's "Test" button sends one too).
/// </summary>
public sealed class GitLabWebhook : IWebhookProvider
{
    public string Name => "gitlab";

    public bool IsEnabled(HooksOptions options) => !string.IsNullOrEmpty(options.GitLabToken);

    public bool Authenticate(HttpRequest request, ReadOnlySpan<byte> body, HooksOptions options) =>
        request.Headers["X-Gitlab-Token"].ToString() is { Length: > 0 } token && ConstantTime.SameSecret(token, options.GitLabToken!);

    public HookEvent Parse(HttpRequest request, byte[] body)
    {
        var name = request.Headers["X-Gitlab-Event"].ToString();
        return name == "Push Hook"
            ? new HookEvent(HookKind.Push, PushPayload.Ref(request, body), name)
            : new HookEvent(HookKind.Other, null, name);
    }

    public string? DeliveryId(HttpRequest request) =>
        request.Headers["X-Gitlab-Event-UUID"].FirstOrDefault() ?? request.Headers["X-Gitlab-Webhook-UUID"].FirstOrDefault();
}
