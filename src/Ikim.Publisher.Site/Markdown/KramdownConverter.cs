using Ikim.Publisher.Site.Markdown.Kramdown;
using Markdig;

namespace Ikim.Publisher.Site.Markdown;

/// <summary>
/// Converts Markdown to HTML as Jekyll's kramdown (GFM input) does: Markdig parses with the
/// kramdown extensions of <see cref="MarkdownPipelineFactory"/>, the extensions' tree processors
/// reshape the tree with the source at hand, and <see cref="KramdownHtmlRenderer"/> writes it.
/// </summary>
public static class KramdownConverter
{
    /// <param name="options">Overrides the options the pipeline was built with.</param>
    public static string ToHtml(string markdown, MarkdownPipeline pipeline, KramdownOptions? options = null)
    {
        options ??= pipeline.Extensions.Find<KramdownExtension>()?.Options;
        // kramdown's adapt_source: Unix line ends and a final newline.
        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (!text.EndsWith('\n'))
        {
            text += "\n";
        }

        options ??= KramdownOptions.Default;
        var parserContext = new MarkdownParserContext();
        parserContext.Properties[HtmlBlocks.KramdownHtmlBlockParser.ParseBlockHtmlKey] = options.ParseBlockHtml;
        var document = Markdig.Markdown.Parse(text, pipeline, parserContext);
        var context = new KramdownContext(options, new KramdownSource(text), document);
        context.Layout.Compute(document);
        foreach (var extension in pipeline.Extensions)
        {
            if (extension is IKramdownTreeProcessor processor)
            {
                processor.Process(context);
            }
        }

        context.Layout.Compute(document);
        var renderer = new KramdownHtmlRenderer(context);
        pipeline.Setup(renderer);
        renderer.Render(document);
        return renderer.Result;
    }
}
