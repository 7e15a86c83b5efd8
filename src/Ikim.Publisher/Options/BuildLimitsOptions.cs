using System.ComponentModel.DataAnnotations;

namespace Ikim.Publisher.Options;

/// <summary>Limits that keep one build from harming the live site (configuration section <c>Build</c>).</summary>
public sealed class BuildLimitsOptions
{
    public const string Section = "Build";

    /// <summary>A build running longer is cancelled and counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ErrorMessage = "Build:Timeout must be between 1 ms and one day.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>No build starts while the releases folder's file system has less free space than this (0 turns the check off).</summary>
    [Range(0, long.MaxValue, ErrorMessage = "Build:MinFreeDiskMegabytes must not be negative.")]
    public long MinFreeDiskMegabytes { get; set; } = 100;
}
