using Ikim.Publisher.Options;
using Microsoft.Extensions.Options;
using Prometheus;
using Serilog.Core;

namespace Ikim.Publisher.Operations;

/// <summary>Status, health, metrics and build logs over HTTP: the services behind them and their routes.</summary>
public static class OperationsEndpoints
{
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddSingleton<AdminActions>();
        services.AddSingleton<BuildLogs>();
        services.AddSingleton<ILogEventSink, BuildLogSink>();
        services.AddSingleton<SecretRedactor>();
        services.AddSingleton<StatusReporter>();
        services.AddSingleton<ReadinessCheck>();
        services.AddSingleton(_ => Metrics.NewCustomRegistry());
        services.AddSingleton<PublisherMetrics>();
        services.AddHostedService<OperationsStartup>();
        return services;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok\n"));
        app.MapGet("/readyz", (ReadinessCheck readiness) =>
        {
            var problems = readiness.Problems();
            return Results.Json(new { ready = problems.Count == 0, problems }, statusCode: problems.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        app.MapGet("/status", (StatusReporter reporter) => Results.Json(reporter.Report(), StatusReport.Json));
        // Routing ignores the trailing slash: this answers /_publisher too.
        app.MapGet("/_publisher/", (StatusReporter reporter, IOptions<OperationsOptions> options) =>
            Results.Content(StatusPage.Render(reporter.Report(), options.Value.StatusRefresh), "text/html; charset=utf-8"));
        app.MapGet("/_publisher/builds/{id}", (string id, BuildLogs buildLogs) => buildLogs.Read(id) is { } lines
            ? Results.Content(StatusPage.RenderLog(id, lines), "text/html; charset=utf-8")
            : Results.NotFound());
        // Only the registry is resolved here: the metrics themselves read settings, which are validated at start.
        app.MapMetrics("/metrics", app.Services.GetRequiredService<CollectorRegistry>());
        app.MapAdmin();
        return app;
    }
}
