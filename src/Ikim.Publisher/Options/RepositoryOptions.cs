using System.ComponentModel.DataAnnotations;

namespace Ikim.Publisher.Options;

/// <summary>The content repository to publish (configuration section <c>Repository</c>).</summary>
public sealed class RepositoryOptions
{
    public const string Section = "Repository";

    /// <summary>Remote URL (https, ssh, file) or a local path to a repository.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Repository:Url is required.")]
    public string Url { get; set; } = "";

    /// <summary>The publishing branch.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Repository:Branch is required.")]
    [RegularExpression(@"^[^\s~^:?*\[\\]+$", ErrorMessage = "Repository:Branch is not a valid branch name.")]
    public string Branch { get; set; } = "main";

    /// <summary>How often the remote is fetched when no webhook arrives.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "1.00:00:00", ErrorMessage = "Repository:PollInterval must be between 50 ms and one day.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>When <see cref="Url"/> is a local path that does not exist, create a bare repository there holding the starter IKIM site.</summary>
    public bool SeedIfMissing { get; set; }

    /// <summary>How long connecting to the remote may take before the fetch fails.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00", ErrorMessage = "Repository:ConnectTimeout must be between 10 ms and 5 minutes.")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long one read from or write to the remote may wait: a remote that stalls longer fails the fetch.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "Repository:FetchTimeout must be between 10 ms and one hour.")]
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The cap of the exponential backoff after failed fetches.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "1.00:00:00", ErrorMessage = "Repository:MaxBackoff must be between 50 ms and one day.")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Where the worker keeps its own bare mirror of the repository.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Repository:CachePath is required.")]
    public string CachePath { get; set; } = "data/cache/content.git";
}
