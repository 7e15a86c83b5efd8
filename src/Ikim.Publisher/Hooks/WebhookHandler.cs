using System.Text.Json;
using System.Text.RegularExpressions;
using Ikim.Publisher.Operations;
using Ikim.Publisher.Options;
using Ikim.Publisher.Worker;
using Microsoft.Extensions.Options;

namespace Ikim.Publisher.Hooks;

/// <summary>
/// One webhook request, in the order that keeps an unauthenticated caller from learning or
/// causing anything: endpoint on? → body within the limit? → signature valid? → event a push
/// to the publishing branch? → ask the worker to fetch now. The request never waits for the
/// build: <see cref="BuildTrigger"/> is a one-slot signal, so a burst of hooks collapses into
/// the running build plus one follow-up.
/// </summary>
public sealed partial class WebhookHandler(
    IOptions<HooksOptions> hooks,
    IOptions<RepositoryOptions> repository,
    BuildTrigger trigger,
    PublisherMetrics metrics,
    ILogger<WebhookHandler> logger)
{
    public async Task<IResult> Handle(IWebhookProvider provider, HttpContext context)
    {
        var options = hooks.Value;
        if (!provider.IsEnabled(options))
        {
            return Outcome(provider, "disabled", Results.NotFound());
        }

        var request = context.Request;
        var delivery = Printable(provider.DeliveryId(request));
        var body = await ReadBody(request, options.MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            logger.LogWarning("Webhook {Provider} delivery {Delivery} refused: body larger than {MaxBodyBytes} bytes", provider.Name, delivery, options.MaxBodyBytes);
            return Outcome(provider, "too_large", Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        if (!provider.Authenticate(request, body, options))
        {
            logger.LogWarning("Webhook {Provider} delivery {Delivery} from {Remote} refused: missing or wrong signature", provider.Name, delivery, context.Connection.RemoteIpAddress?.ToString());
            return Outcome(provider, "unauthorized", Results.Json(new { result = "unauthorized" }, statusCode: StatusCodes.Status401Unauthorized));
        }

        HookEvent hook;
        try
        {
            hook = provider.Parse(request, body);
        }
        catch (JsonException)
        {
            logger.LogWarning("Webhook {Provider} delivery {Delivery} refused: the payload is not the expected JSON", provider.Name, delivery);
            return Outcome(provider, "bad_request", Results.Json(new { result = "bad request", reason = "payload is not the expected JSON" }, statusCode: StatusCodes.Status400BadRequest));
        }

        return Act(provider, hook, delivery);
    }

    private IResult Act(IWebhookProvider provider, HookEvent hook, string delivery)
    {
        if (hook.Kind == HookKind.Ping)
        {
            logger.LogInformation("Webhook {Provider} delivery {Delivery}: ping answered", provider.Name, delivery);
            return Outcome(provider, "ping", Results.Json(new { result = "pong" }));
        }

        var branchRef = "refs/heads/" + repository.Value.Branch;
        var reason = hook.Kind != HookKind.Push ? $"event '{hook.Name}' is not a push"
            : hook.Ref is not null && hook.Ref != branchRef ? $"'{hook.Ref}' is not the publishing branch"
            : null;
        if (reason is not null)
        {
            logger.LogInformation("Webhook {Provider} delivery {Delivery} ignored: {Reason}", provider.Name, delivery, Printable(reason));
            return Outcome(provider, "ignored", Results.Json(new { result = "ignored", reason }, statusCode: StatusCodes.Status202Accepted));
        }

        trigger.Request();
        logger.LogInformation("Webhook {Provider} delivery {Delivery}: push to {Branch}, fetching now", provider.Name, delivery, repository.Value.Branch);
        return Outcome(provider, "triggered", Results.Json(new { result = "triggered" }, statusCode: StatusCodes.Status202Accepted));
    }

    private IResult Outcome(IWebhookProvider provider, string outcome, IResult result)
    {
        metrics.WebhookRequest(provider.Name, outcome);
        return result;
    }

    /// <summary>The body, or null when it is larger than <paramref name="limit"/> (checked before and while reading, so a huge body is never buffered).</summary>
    private static async Task<byte[]?> ReadBody(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Caller-supplied text bound for the log: short, and only characters that cannot forge a line.</summary>
    private static string Printable(string? text) =>
        string.IsNullOrEmpty(text) ? "-" : Unsafe().Replace(text.Length > 80 ? text[..80] : text, "?");

    [GeneratedRegex(@"[^\w\-.:/' ]")]
    private static partial Regex Unsafe();
}
