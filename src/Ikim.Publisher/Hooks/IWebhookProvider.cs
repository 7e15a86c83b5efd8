using Ikim.Publisher.Options;

namespace Ikim.Publisher.Hooks;

/// <summary>
/// What differs between forges: whether the endpoint is on, how a request proves it knows the
/// secret, and how to read the event. Everything else (size limit, branch filter, trigger,
/// logging, metrics) is shared in <see cref="WebhookHandler"/>.
/// </summary>
public interface IWebhookProvider
{
    /// <summary>The path segment (<c>/hooks/{name}</c>) and metrics label.</summary>
    string Name { get; }

    /// <summary>On only with a secret: an endpoint without one would be open to anyone.</summary>
    bool IsEnabled(HooksOptions options);

    /// <summary>Checks the signature or token in constant time; the body is the raw bytes as received.</summary>
    bool Authenticate(HttpRequest request, ReadOnlySpan<byte> body, HooksOptions options);

    /// <summary>Reads the event; throws <see cref="System.Text.Json.JsonException"/> on a malformed payload.</summary>
    HookEvent Parse(HttpRequest request, byte[] body);

    /// <summary>The provider's delivery id, for the log (so a delivery can be found in the forge's UI).</summary>
    string? DeliveryId(HttpRequest request);
}
