using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// Jekyll's converter filters: markdownify (through the site's Markdown converter), smartify
/// (kramdown's SmartyPants typography), and sassify/scssify, which this builder cannot run.
/// </summary>
internal static class ConverterFilters
{
    public static void Register(FilterRegistry.Builder filters)
    {
        filters.Add("markdownify", 0, 0, (context, input, _) =>
            context.Site.Services.Markdownify is { } convert ? convert(RubyValue.ToS(input)) : Markdig.Markdown.ToHtml(RubyValue.ToS(input)));
        filters.Add("smartify", 0, 0, (_, input, _) => SmartyPants.Convert(RubyValue.ToS(input)));
        filters.Add("sassify", 0, 0, (_, _, _) => throw new LiquidException("sassify is not supported: Sass is not compiled by this builder"));
        filters.Add("scssify", 0, 0, (_, _, _) => throw new LiquidException("scssify is not supported: Sass is not compiled by this builder"));
    }
}
