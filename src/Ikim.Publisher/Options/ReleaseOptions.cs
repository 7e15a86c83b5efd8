using System.ComponentModel.DataAnnotations;

namespace Ikim.Publisher.Options;

/// <summary>Where releases are kept and how many (configuration section <c>Releases</c>).</summary>
public sealed class ReleaseOptions
{
    public const string Section = "Releases";

    /// <summary>Holds <c>releases/</c> and the <c>current</c> symlink that the web server serves.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Releases:Root is required.")]
    public string Root { get; set; } = "data/site";

    /// <summary>How many of the newest releases to keep, besides the live one, the one live before it and a pinned one.</summary>
    [Range(1, 1000, ErrorMessage = "Releases:Keep must be between 1 and 1000.")]
    public int Keep { get; set; } = 5;

    /// <summary>Path of the release manifest inside each release, served with the site.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Releases:ManifestPath is required.")]
    [RegularExpression(@"^[^/].*[^/]$", ErrorMessage = "Releases:ManifestPath must be a relative file path.")]
    public string ManifestPath { get; set; } = ".well-known/ikim-publisher.json";
}
