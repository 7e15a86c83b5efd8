namespace Ikim.Publisher.Site.Plugins;

/// <summary>A plugin's settings mapping in <c>_config.yml</c> (e.g. <c>readme_index: {enabled: false}</c>).</summary>
internal sealed class PluginOptions(GeneratorSite site, string key)
{
    private readonly IReadOnlyDictionary<string, object?>? _options = site.Configuration.Values.GetValueOrDefault(key) as IReadOnlyDictionary<string, object?>;

    public object? this[string option] => _options?.GetValueOrDefault(option);

    /// <summary>The plugins' <c>enabled: false</c> switch.</summary>
    public bool Disabled => this["enabled"] is false;

    public bool IsTrue(string option) => this[option] is true;
}
