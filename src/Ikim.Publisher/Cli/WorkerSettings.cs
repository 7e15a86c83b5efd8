namespace Ikim.Publisher.Cli;

/// <summary>
/// The configuration the worker would see when started from the current folder
/// (<c>appsettings.json</c>, <c>appsettings.{Environment}.json</c>, environment variables), so
/// operator commands find the same log file, releases and address without being told.
/// </summary>
internal static class WorkerSettings
{
    public static IConfiguration Load(string folder)
    {
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(folder)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
    }

    /// <summary>The path of the first compact-JSON file sink under <c>Serilog:WriteTo</c>.</summary>
    public static string? JsonLogPath(IConfiguration configuration) =>
        configuration.GetSection("Serilog:WriteTo").GetChildren()
            .Where(sink => sink["Name"] == "File" && (sink["Args:formatter"] ?? "").Contains("Json", StringComparison.Ordinal))
            .Select(sink => sink["Args:path"])
            .FirstOrDefault(path => !string.IsNullOrEmpty(path));

    /// <summary>A URL to reach the worker on this machine: the first of <c>Urls</c>, wildcard hosts read as loopback.</summary>
    public static Uri WorkerUrl(IConfiguration configuration)
    {
        var first = (configuration["Urls"] ?? configuration["ASPNETCORE_URLS"] ?? "http://127.0.0.1:5000").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "http://127.0.0.1:5000";
        foreach (var wildcard in new[] { "://*:", "://+:", "://0.0.0.0:", "://[::]:" })
        {
            first = first.Replace(wildcard, "://127.0.0.1:", StringComparison.Ordinal);
        }

        return new Uri(first);
    }
}
