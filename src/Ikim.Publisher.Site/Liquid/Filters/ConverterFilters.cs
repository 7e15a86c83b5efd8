using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// Jekyll's converter filters: markdownify (through the site's Markdown converter), smartify
/// (kramdown's SmartyPants typography), and sassify/scssify through the build's Sass converter.
/// </summary>
internal static class ConverterFilters
{
    public static void Register(FilterRegistry.Builder filters)
    {
        filters.Add("markdownify", 0, 0, (context, input, _) =>
            context.Site.Services.Markdownify is { } convert ? convert(RubyValue.ToS(input)) : Markdig.Markdown.ToHtml(RubyValue.ToS(input)));
        filters.Add("smartify", 0, 0, (_, input, _) => SmartyPants.Convert(RubyValue.ToS(input)));
        filters.Add("sassify", 0, 0, (context, input, _) => context.Site.Services.Sassify is { } convert
            ? convert(ReadsEverything(context, RubyValue.ToS(input)))
            : throw new LiquidException("sassify is not supported: this build has no Sass converter"));
        filters.Add("scssify", 0, 0, (context, input, _) => context.Site.Services.Scssify is { } convert
            ? convert(ReadsEverything(context, RubyValue.ToS(input)))
            : throw new LiquidException("scssify is not supported: this build has no Sass converter"));
    }

    // Sass imports can read any partial, which the render does not see: such a render is never reused.
    private static string ReadsEverything(RenderContext context, string input)
    {
        context.Reads?.Read(Incremental.DependencyKeys.Anything);
        return input;
    }
}
