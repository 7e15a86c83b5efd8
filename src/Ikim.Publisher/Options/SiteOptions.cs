namespace Ikim.Publisher.Options;

/// <summary>How sites are built (configuration section <c>Site</c>).</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>
    /// The folder holding themes: a site with <c>theme: NAME</c> is built with the theme in <c>ThemesPath/NAME/</c>
    /// (laid out as a Jekyll gem theme). Relative to the folder the worker runs from.
    /// </summary>
    public string ThemesPath { get; set; } = "themes";
}
