using Ikim.Publisher.Publishing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Ikim.Publisher.Serving;

/// <summary>
/// Serves the live release for single-box and local use, as GitHub Pages would:
/// <c>/about</c> finds <c>about.html</c> or <c>about/index.html</c>, unknown paths get the
/// site's <c>404.html</c>. The <c>current</c> link is resolved once per request, so each
/// response comes from exactly one release even while a switch happens.
/// </summary>
public sealed class LiveSiteMiddleware(RequestDelegate next, ReleaseStore store)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public async Task InvokeAsync(HttpContext context)
    {
        // The worker's own routes (/status, /metrics, /_publisher/...) win over the site's pages.
        if (context.GetEndpoint() is not null || (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)))
        {
            await next(context);
            return;
        }

        var releaseId = store.LiveId;
        if (releaseId is null)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "5";
            await context.Response.WriteAsync("No release is live yet: the first build has not finished.\n");
            return;
        }

        var root = Path.Combine(store.ReleasesPath, releaseId);
        var file = Resolve(root, context.Request.Path.Value ?? "/");
        var status = StatusCodes.Status200OK;
        if (file is null)
        {
            var notFound = Path.Combine(root, "404.html");
            if (!File.Exists(notFound))
            {
                await next(context);
                return;
            }

            file = notFound;
            status = StatusCodes.Status404NotFound;
        }

        await Send(context, file, status);
    }

    // Only paths inside the release are served; '..' never leaves it.
    private static string? Resolve(string root, string requestPath)
    {
        var relative = Uri.UnescapeDataString(requestPath).TrimStart('/');
        var candidate = Path.GetFullPath(Path.Combine(root, relative));
        if (candidate != root && !candidate.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(candidate))
        {
            var index = Path.Combine(candidate, "index.html");
            return File.Exists(index) ? index : null;
        }

        if (File.Exists(candidate))
        {
            return candidate;
        }

        return File.Exists(candidate + ".html") ? candidate + ".html" : null;
    }

    private static async Task Send(HttpContext context, string file, int status)
    {
        var info = new FileInfo(file);
        var etag = new EntityTagHeaderValue($"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"");
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? (type.StartsWith("text/", StringComparison.Ordinal) ? type + "; charset=utf-8" : type) : "application/octet-stream";
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = file.EndsWith(".html", StringComparison.Ordinal) ? "no-cache" : "public, max-age=300";
        if (status == StatusCodes.Status200OK && context.Request.Headers.IfNoneMatch.ToString() == etag.ToString())
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentLength = info.Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await response.SendFileAsync(file, context.RequestAborted);
    }
}
