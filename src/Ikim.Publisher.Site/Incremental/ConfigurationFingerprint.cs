using Ikim.Publisher.Site.Configuration;

namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// The fingerprint of a site's configuration (defaults, plugins and theme settings merged in), as
/// reading and rendering depend on it. <c>site.github</c> is left out: it names the commit, so it
/// changes with every build; reading never looks at it and renders record it where a template reads it.
/// </summary>
internal static class ConfigurationFingerprint
{
    public static string Of(SiteConfiguration configuration) =>
        new Fingerprint().AddValue(configuration.Values.Where(pair => pair.Key != "github").ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal)).Finish();
}
