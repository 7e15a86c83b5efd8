using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ikim.Publisher.Tests.Support;

/// <summary>
/// A real Git smart-HTTP server on 127.0.0.1: Kestrel in front of <c>git http-backend</c> (CGI),
/// asking for Basic authentication when credentials are set, as a private GitHub or GitLab
/// repository does over HTTPS. It can be stopped and started again on the same port (an outage).
/// </summary>
public sealed class GitHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _rejected;

    private GitHttpServer(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Requests refused for missing or wrong credentials.</summary>
    public int Rejected => Volatile.Read(ref _rejected);

    public string UrlFor(string repository) => $"http://127.0.0.1:{Port}/{repository}";

    /// <param name="projectRoot">The folder holding the bare repositories served.</param>
    public static async Task<GitHttpServer> StartAsync(string projectRoot, string? username = null, string? password = null, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        GitHttpServer? server = null;
        app.Run(context => server!.Handle(context, projectRoot, username, password));
        await app.StartAsync();
        var bound = new Uri(app.Urls.First()).Port;
        server = new GitHttpServer(app, bound);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task Handle(HttpContext context, string projectRoot, string? username, string? password)
    {
        if (username is not null)
        {
            var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}"));
            if (context.Request.Headers.Authorization.ToString() != expected)
            {
                Interlocked.Increment(ref _rejected);
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"git\"";
                return;
            }
        }

        var start = new ProcessStartInfo("git", "http-backend")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["GIT_PROJECT_ROOT"] = projectRoot;
        start.Environment["GIT_HTTP_EXPORT_ALL"] = "1";
        start.Environment["REQUEST_METHOD"] = context.Request.Method;
        start.Environment["PATH_INFO"] = context.Request.Path.Value ?? "/";
        start.Environment["QUERY_STRING"] = context.Request.QueryString.Value?.TrimStart('?') ?? "";
        start.Environment["CONTENT_TYPE"] = context.Request.ContentType ?? "";
        start.Environment["REMOTE_ADDR"] = "127.0.0.1";
        start.Environment["REMOTE_USER"] = username ?? "";
        if (context.Request.Headers.ContentEncoding.ToString() is { Length: > 0 } encoding)
        {
            start.Environment["HTTP_CONTENT_ENCODING"] = encoding;
        }

        if (context.Request.Headers["Git-Protocol"].ToString() is { Length: > 0 } protocol)
        {
            start.Environment["HTTP_GIT_PROTOCOL"] = protocol;
        }

        using var process = Process.Start(start)!;
        var feed = Task.Run(async () =>
        {
            await context.Request.Body.CopyToAsync(process.StandardInput.BaseStream);
            process.StandardInput.Close();
        });
        var drainErrors = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        await process.StandardOutput.BaseStream.CopyToAsync(output);
        await feed;
        await drainErrors;
        await process.WaitForExitAsync();
        await WriteCgiResponse(context.Response, output.ToArray());
    }

    // CGI output: header lines, a blank line, the body. "Status: 404 Not Found" sets the status.
    private static async Task WriteCgiResponse(HttpResponse response, byte[] cgi)
    {
        var text = Encoding.Latin1.GetString(cgi);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal) is var crlf and >= 0 ? (crlf, 4) : (text.IndexOf("\n\n", StringComparison.Ordinal), 2);
        if (split.Item1 < 0)
        {
            response.StatusCode = StatusCodes.Status502BadGateway;
            return;
        }

        foreach (var line in text[..split.Item1].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (name, value) = (line[..colon].Trim(), line[(colon + 1)..].Trim());
            if (name.Equals("Status", StringComparison.OrdinalIgnoreCase))
            {
                response.StatusCode = int.Parse(value[..3], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                response.Headers[name] = value;
            }
        }

        var bodyStart = split.Item1 + split.Item2;
        await response.Body.WriteAsync(cgi.AsMemory(bodyStart));
    }
}
