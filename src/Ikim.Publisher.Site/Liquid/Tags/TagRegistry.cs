using System.Collections.Frozen;
using Ikim.Publisher.Site.Liquid.Nodes;

namespace Ikim.Publisher.Site.Liquid.Tags;

/// <summary>
/// The tags a template may use, by name: Liquid 5.4's standard tags plus Jekyll's (include,
/// include_relative, link, post_url, highlight), and the tags of enabled plugins (seo, feed_meta).
/// A name not listed ends the current block, which reports it as an unknown tag.
/// </summary>
internal sealed class TagRegistry
{
    private readonly FrozenDictionary<string, Func<TagSource, Node>> _tags;

    private TagRegistry(Dictionary<string, Func<TagSource, Node>> tags)
    {
        _tags = tags.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static readonly Dictionary<string, Func<TagSource, Node>> Standard = new(StringComparer.Ordinal)
    {
        ["assign"] = source => new AssignTag(source),
        ["break"] = source => new InterruptTag(source, Runtime.Interrupt.Break),
        ["capture"] = source => new CaptureTag(source),
        ["case"] = source => new CaseTag(source),
        ["comment"] = source => new CommentTag(source),
        ["continue"] = source => new InterruptTag(source, Runtime.Interrupt.Continue),
        ["cycle"] = source => new CycleTag(source),
        ["decrement"] = source => new CounterTag(source, -1),
        ["echo"] = source => new EchoTag(source),
        ["for"] = source => new ForTag(source),
        ["if"] = source => new IfTag(source),
        ["ifchanged"] = source => new IfChangedTag(source),
        ["increment"] = source => new CounterTag(source, +1),
        ["#"] = source => new InlineCommentTag(source),
        ["raw"] = source => new RawTag(source),
        ["render"] = source => new RenderTag(source),
        ["tablerow"] = source => new TableRowTag(source),
        ["unless"] = source => new IfTag(source),
        ["include"] = source => new IncludeTag(source, relative: false),
        ["include_relative"] = source => new IncludeTag(source, relative: true),
        ["link"] = source => new LinkTag(source),
        ["post_url"] = source => new PostUrlTag(source),
        ["highlight"] = source => new HighlightTag(source),
    };

    public static TagRegistry Jekyll { get; } = new(Standard);

    /// <summary>Jekyll's tags plus those of the enabled plugins, as Jekyll registers a plugin's tags when it loads the gem.</summary>
    public static TagRegistry For(Plugins.EnabledPlugins plugins)
    {
        var seo = plugins.Has(Plugins.PluginCatalog.SeoTag);
        var feed = plugins.Has(Plugins.PluginCatalog.Feed);
        if (!seo && !feed)
        {
            return Jekyll;
        }

        var tags = new Dictionary<string, Func<TagSource, Node>>(Standard, StringComparer.Ordinal);
        if (seo)
        {
            tags["seo"] = source => new SeoTagNode(source);
        }

        if (feed)
        {
            tags["feed_meta"] = source => new FeedMetaTagNode(source);
        }

        return new TagRegistry(tags);
    }

    public bool TryGet(string name, out Func<TagSource, Node> factory) => _tags.TryGetValue(name, out factory!);
}
