using System.ComponentModel.DataAnnotations;

namespace Ikim.Publisher.Options;

/// <summary>Status, health and build logs (configuration section <c>Operations</c>).</summary>
public sealed class OperationsOptions
{
    public const string Section = "Operations";

    /// <summary>
    /// <c>/readyz</c> fails when the last successful fetch is older than this. Leave room for
    /// the fetch backoff (up to 6 minutes) so one bad minute of the remote does not take the site out of rotation.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "Operations:ReadyMaxFetchAge must be between 1 second and 7 days.")]
    public TimeSpan ReadyMaxFetchAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the status page at <c>/_publisher/</c> reloads itself.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Operations:StatusRefresh must be between 1 second and 1 hour.")]
    public TimeSpan StatusRefresh { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Build logs kept besides those of kept releases (so failed builds stay readable).</summary>
    [Range(1, 10000, ErrorMessage = "Operations:BuildLogsKeep must be between 1 and 10000.")]
    public int BuildLogsKeep { get; set; } = 50;
}
