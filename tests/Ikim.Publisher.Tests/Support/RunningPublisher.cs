using Ikim.Publisher.Publishing;
using Ikim.Publisher.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ikim.Publisher.Tests.Support;

/// <summary>The worker running in-process on 127.0.0.1 with an OS-chosen port, configured for a temp folder.</summary>
public sealed class RunningPublisher : IAsyncDisposable
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(60);
    private readonly WebApplication _app;

    private RunningPublisher(WebApplication app, string logPath)
    {
        _app = app;
        LogPath = logPath;
        Http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
    }

    public HttpClient Http { get; }

    public string LogPath { get; }

    public BuildHistory History => _app.Services.GetRequiredService<BuildHistory>();

    public ReleaseStore Releases => _app.Services.GetRequiredService<ReleaseStore>();

    /// <summary>Completes when the releases retention retired so far are deleted (that runs in the background).</summary>
    /// <summary>Completes when retired releases are deleted and the next release's draft is made.</summary>
    public Task BackgroundWork => _app.Services.GetRequiredService<Ikim.Publisher.Worker.CommitPublisher>().Background;

    public IServiceProvider Services => _app.Services;

    /// <param name="services">Registers test doubles before the host's own services (e.g. a log sink that gates a build).</param>
    public static async Task<RunningPublisher> StartAsync(string dataRoot, string repositoryUrl, IDictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null)
    {
        var logPath = Path.Combine(dataRoot, "logs", "publisher.json");
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Repository:Url"] = repositoryUrl,
            ["Repository:Branch"] = "main",
            ["Repository:PollInterval"] = "00:00:00.100",
            ["Repository:CachePath"] = Path.Combine(dataRoot, "cache", "content.git"),
            ["Releases:Root"] = Path.Combine(dataRoot, "site"),
            ["Releases:Keep"] = "3",
            ["Serilog:Using:0"] = "Serilog.Sinks.File",
            ["Serilog:WriteTo:0:Name"] = "File",
            ["Serilog:WriteTo:0:Args:path"] = logPath,
            ["Serilog:WriteTo:0:Args:formatter"] = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = PublisherHost.Create([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        return new RunningPublisher(app, logPath);
    }

    /// <summary>Waits (bounded) for the worker to finish a build of <paramref name="sha"/>.</summary>
    public async Task<BuildRecord> BuildOf(string sha)
    {
        using var timeout = new CancellationTokenSource(WaitLimit);
        return await History.WaitForAsync(b => b.Commit == sha, timeout.Token);
    }

    public string LivePath(string relative) => Path.Combine(Releases.CurrentPath, relative);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
