using Ikim.Publisher.Options;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Ikim.Publisher.Operations;

/// <summary>
/// <c>POST /_publisher/admin/{rebuild,rollback,pin,unpin}</c> behind <c>Authorization: Bearer
/// &lt;Admin:Token&gt;</c>. Without a configured token the routes answer 404, as if absent.
/// </summary>
public static class AdminEndpoints
{
    public static void MapAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/_publisher/admin").AddEndpointFilter(RequireToken);
        admin.MapPost("/rebuild", (AdminActions control) => Answer(control.Rebuild()));
        admin.MapPost("/rollback", (string? release, AdminActions control) => Answer(control.Rollback(string.IsNullOrEmpty(release) ? null : release)));
        admin.MapPost("/pin", (AdminActions control) => Answer(control.Pin()));
        admin.MapPost("/unpin", (AdminActions control) => Answer(control.Unpin()));
    }

    private static async ValueTask<object?> RequireToken(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var token = http.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value.Token;
        if (string.IsNullOrEmpty(token))
        {
            return Results.NotFound();
        }

        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var presented = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : "";
        if (!ConstantTime.SameSecret(presented, token))
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdminEndpoints))
                .LogWarning("Refused admin request {Path} from {Remote}: missing or wrong bearer token", http.Request.Path.Value, http.Connection.RemoteIpAddress?.ToString());
            http.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
            return Results.Json(new { result = "unauthorized" }, statusCode: StatusCodes.Status401Unauthorized);
        }

        return await next(context);
    }

    private static IResult Answer(AdminResult result)
    {
        var body = new { result = result.Message, live = result.Live, pinned = result.Pinned };
        return result.Outcome switch
        {
            AdminOutcome.Done => Results.Json(body),
            AdminOutcome.NotFound => Results.Json(body, statusCode: StatusCodes.Status404NotFound),
            _ => Results.Json(body, statusCode: StatusCodes.Status409Conflict),
        };
    }
}
