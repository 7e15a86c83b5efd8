using Ikim.Publisher.Options;
using Ikim.Publisher.Publishing;

namespace Ikim.Publisher.Cli;

/// <summary>
/// Configuration for the operator's commands, read as the worker reads it (appsettings.json in
/// the working folder, appsettings.{Environment}.json, then environment variables), so a command
/// run beside the worker finds the same releases root.
/// </summary>
internal static class CliConfiguration
{
    public static IConfiguration Load()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
    }

    /// <summary>The release store the worker publishes into; <paramref name="root"/> (from <c>--root</c>) overrides <c>Releases:Root</c>.</summary>
    public static ReleaseStore OpenReleaseStore(string? root)
    {
        var options = new ReleaseOptions();
        Load().GetSection(ReleaseOptions.Section).Bind(options);
        return new ReleaseStore(Path.GetFullPath(root ?? options.Root), options.ManifestPath);
    }
}
