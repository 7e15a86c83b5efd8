namespace Ikim.Publisher.Site.Plugins;

/// <summary>The built-in plugins switched on for one build, by gem name (e.g. <c>jekyll-feed</c>).</summary>
public sealed class EnabledPlugins
{
    private readonly HashSet<string> _names;

    public EnabledPlugins(IEnumerable<string> names)
    {
        Names = names.Distinct(StringComparer.Ordinal).ToList();
        _names = new HashSet<string>(Names, StringComparer.Ordinal);
    }

    public static EnabledPlugins None { get; } = new([]);

    /// <summary>In the order they were named (theme dependencies first, then <c>plugins:</c>), as Jekyll requires them.</summary>
    public IReadOnlyList<string> Names { get; }

    public bool Has(string name) => _names.Contains(name);
}
