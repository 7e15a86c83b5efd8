using Ikim.Publisher.Git;
using Ikim.Publisher.Hooks;
using Ikim.Publisher.Operations;
using Ikim.Publisher.Options;
using Ikim.Publisher.Publishing;
using Ikim.Publisher.Serving;
using Ikim.Publisher.Site;
using Ikim.Publisher.Site.Markdown;
using Ikim.Publisher.Worker;
using Microsoft.Extensions.Options;
using Serilog;

namespace Ikim.Publisher;

/// <summary>Composes the worker process: configuration, logging, services, endpoints.</summary>
public static class PublisherHost
{
    /// <param name="configure">Lets tests add configuration (a temp repository, port 0) before services are built.</param>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        builder.Host.UseSystemd();
        // preserveStaticLogger: each host logs through its own logger, not the process-wide Log.Logger,
        // so hosts side by side in one process (the tests) do not write into each other's files.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);

        AddOptions<RepositoryOptions>(builder, RepositoryOptions.Section);
        AddOptions<ReleaseOptions>(builder, ReleaseOptions.Section);
        AddOptions<ServingOptions>(builder, ServingOptions.Section);
        AddOptions<SiteOptions>(builder, SiteOptions.Section);
        AddOptions<HooksOptions>(builder, HooksOptions.Section);
        AddOptions<AdminOptions>(builder, AdminOptions.Section);
        AddOptions<OperationsOptions>(builder, OperationsOptions.Section);
        AddOptions<GitCredentialOptions>(builder, GitCredentialOptions.Section);
        AddOptions<BuildLimitsOptions>(builder, BuildLimitsOptions.Section);
        // The worker cancels a build in progress on shutdown; this bounds the wait for it.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PublisherPaths>();
        services.AddSingleton(_ => new SiteBuilder(MarkdownPipelineFactory.Create()));
        services.AddSingleton(sp => new GitCredentials(sp.GetRequiredService<IOptions<GitCredentialOptions>>().Value, sp.GetRequiredService<PublisherPaths>().Resolve));
        services.AddSingleton(CreateContentRepository);
        services.AddSingleton(sp => new ReleaseStore(sp.GetRequiredService<PublisherPaths>().ReleasesRoot, sp.GetRequiredService<IOptions<ReleaseOptions>>().Value.ManifestPath));
        services.AddSingleton<ReleaseControl>();
        services.AddSingleton<DiskSpaceGuard>();
        services.AddSingleton<BuildHistory>();
        services.AddSingleton<BuildTrigger>();
        services.AddSingleton<PollState>();
        services.AddSingleton<StarterSeeder>();
        services.AddSingleton<ReleaseDrafts>();
        services.AddSingleton<PreviousBuild>();
        services.AddSingleton<CommitPublisher>();
        services.AddSingleton<PublishingWorker>();
        // Before the worker: hosted services start in this order, and operations subscribe to its builds.
        services.AddWebhooks();
        services.AddOperations();
        services.AddHostedService(sp => sp.GetRequiredService<PublishingWorker>());

        var app = builder.Build();
        if (app.Services.GetRequiredService<IOptions<ServingOptions>>().Value.Enabled)
        {
            app.UseMiddleware<LiveSiteMiddleware>();
        }

        app.MapWebhooks();
        app.MapOperations();

        return app;
    }

    private static ContentRepository CreateContentRepository(IServiceProvider services)
    {
        var paths = services.GetRequiredService<PublisherPaths>();
        var repository = services.GetRequiredService<IOptions<RepositoryOptions>>().Value;
        var credentials = services.GetRequiredService<IOptions<GitCredentialOptions>>().Value;
        var ssh = string.IsNullOrEmpty(credentials.SshKnownHostsFile)
            ? null
            : new SshCommand(
                paths.CachePath,
                string.IsNullOrEmpty(credentials.SshKeyFile) ? null : paths.Resolve(credentials.SshKeyFile),
                paths.Resolve(credentials.SshKnownHostsFile),
                repository.ConnectTimeout,
                repository.FetchTimeout);
        return new ContentRepository(paths.CachePath, paths.RepositoryUrl, repository.Branch, services.GetRequiredService<GitCredentials>(), ssh);
    }

    private static void AddOptions<T>(WebApplicationBuilder builder, string section)
        where T : class =>
        builder.Services.AddOptions<T>().Bind(builder.Configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
}
