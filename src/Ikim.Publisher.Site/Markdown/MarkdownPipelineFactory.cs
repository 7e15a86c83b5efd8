using Ikim.Publisher.Site.Markdown.HeaderIds;
using Markdig;

namespace Ikim.Publisher.Site.Markdown;

/// <summary>
/// Builds the one Markdig pipeline a build shares: GitHub-flavoured input as Jekyll's
/// kramdown GFM parser reads it. Built once at start-up; the pipeline is immutable.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseDefinitionLists()
            .UseAbbreviations()
            .UseTaskLists()
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
            .UseAutoLinks()
            .UseKramdownHeaderIds();
        return builder.Build();
    }
}
