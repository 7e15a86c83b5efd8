using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Ikim.Publisher.Hooks;

/// <summary>Reads the pushed ref out of a push event's JSON, as GitHub, GitLab, Gitea and Forgejo all send it (<c>"ref": "refs/heads/main"</c>).</summary>
internal static class PushPayload
{
    /// <summary>The JSON document of a payload, unwrapping GitHub's form encoding (<c>payload=...</c>) when the hook was set up that way.</summary>
    public static JsonDocument Open(HttpRequest request, byte[] body)
    {
        if (request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
            return JsonDocument.Parse(form.TryGetValue("payload", out var payload) ? payload.ToString() : "");
        }

        return JsonDocument.Parse(body);
    }

    public static string? Ref(HttpRequest request, byte[] body)
    {
        using var document = Open(request, body);
        return Ref(document.RootElement);
    }

    /// <summary><c>ref</c> as forges send it, or a bare <c>branch</c> name (handy for hand-written generic hooks).</summary>
    public static string? Ref(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The payload is not a JSON object.");
        }

        if (root.TryGetProperty("ref", out var reference) && reference.ValueKind == JsonValueKind.String)
        {
            return reference.GetString();
        }

        return root.TryGetProperty("branch", out var branch) && branch.ValueKind == JsonValueKind.String ? "refs/heads/" + branch.GetString() : null;
    }
}
