using System.Text;
using Ikim.Publisher.Site.Liquid.Filters;
using Ikim.Publisher.Site.Liquid.Nodes;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;
using Ikim.Publisher.Site.Plugins.Feed;
using Ikim.Publisher.Site.Plugins.Seo;

namespace Ikim.Publisher.Site.Liquid.Tags;

/// <summary><c>{% seo %}</c> of jekyll-seo-tag (only when the plugin is enabled): the plugin's renderer over the page being rendered.</summary>
internal sealed class SeoTagNode(TagSource source) : Tag(source)
{
    private readonly string _markup = source.Markup;

    public override void Render(RenderContext context, StringBuilder output)
    {
        var version = context.FindVariableOrNull("jekyll") is IDictionary<string, object?> jekyll && jekyll.TryGetValue("version", out var value) ? RubyValue.ToS(value) : "";
        output.Append(SeoTag.Render(
            _markup,
            context.FindVariableOrNull("page"),
            context.FindVariableOrNull("site"),
            context.FindVariableOrNull("paginator"),
            new SeoFilters(context),
            version));
    }

    /// <summary>The Jekyll filters jekyll-seo-tag's template uses, as templates compute them.</summary>
    private sealed class SeoFilters(RenderContext context) : ISeoFilters
    {
        public string Markdownify(string input) =>
            context.Site.Services.Markdownify is { } convert ? convert(input) : Markdig.Markdown.ToHtml(input);

        public string AbsoluteUrl(string input) => JekyllUrlFilters.AbsoluteUrl(context, input);

        public string UriEscape(string input) => AddressableUri.NormalizeComponent(input);

        public string DateToXmlSchema(object date) => RubyValue.ToS(JekyllDateFilters.XmlSchema(context, date));
    }
}

/// <summary><c>{% feed_meta %}</c> of jekyll-feed (only when the plugin is enabled): the link to the posts feed.</summary>
internal sealed class FeedMetaTagNode(TagSource source) : Tag(source)
{
    public override void Render(RenderContext context, StringBuilder output) =>
        output.Append(FeedMetaTag.Render(context.Site.Configuration.Values, url => JekyllUrlFilters.AbsoluteUrl(context, url)));
}
