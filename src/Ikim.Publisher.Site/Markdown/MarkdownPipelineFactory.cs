using Ikim.Publisher.Site.Markdown.Abbreviations;
using Ikim.Publisher.Site.Markdown.AttributeLists;
using Ikim.Publisher.Site.Markdown.CodeBlocks;
using Ikim.Publisher.Site.Markdown.DefinitionLists;
using Ikim.Publisher.Site.Markdown.Extensions;
using Ikim.Publisher.Site.Markdown.Footnotes;
using Ikim.Publisher.Site.Markdown.HeaderIds;
using Ikim.Publisher.Site.Markdown.HtmlBlocks;
using Ikim.Publisher.Site.Markdown.Kramdown;
using Ikim.Publisher.Site.Markdown.Lists;
using Ikim.Publisher.Site.Markdown.MathBlocks;
using Ikim.Publisher.Site.Markdown.TableOfContents;
using Ikim.Publisher.Site.Markdown.Tables;
using Ikim.Publisher.Site.Markdown.TaskLists;
using Ikim.Publisher.Site.Markdown.Typography;
using Markdig;

namespace Ikim.Publisher.Site.Markdown;

/// <summary>
/// Builds the one Markdig pipeline a build shares: GitHub-flavoured input as Jekyll's kramdown
/// GFM parser reads it, written by <see cref="KramdownConverter"/>. Built once at start-up; the
/// pipeline is immutable. kramdown options act after parsing, so they need no pipeline of their own.
/// </summary>
public static class MarkdownPipelineFactory
{
    private static readonly Lazy<MarkdownPipeline> Shared = new(Build);

    public static MarkdownPipeline Create() => Shared.Value;

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseKramdown()
            .UseKramdownLists()
            .UseKramdownCode()
            .UseKramdownExtension<HtmlBlocksExtension>()
            .UseKramdownExtension<KramdownExtensionsExtension>()
            .UseKramdownExtension<MathExtension>()
            .UseKramdownAttributeLists()
            .UsePipeTables()
            .UseKramdownTables()
            .UseFootnotes()
            .UseKramdownFootnotes()
            .UseDefinitionLists()
            .UseKramdownExtension<DefinitionListsExtension>()
            .UseAbbreviations()
            .UseKramdownExtension<AbbreviationsExtension>()
            .UseTaskLists()
            .UseKramdownExtension<TaskListsExtension>()
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
            .UseKramdownTypography()
            .UseKramdownHeaderIds()
            .UseKramdownExtension<TableOfContentsExtension>();
        return builder.Build();
    }
}

public static class KramdownPipelineExtensions
{
    public static MarkdownPipelineBuilder UseKramdown(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<KramdownExtension>();
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseKramdownCode(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CodeBlocksExtension>();
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseKramdownTypography(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<TypographyExtension>();
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseKramdownAttributeLists(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<AttributeListsExtension>();
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseKramdownTables(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<TablesExtension>();
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseKramdownFootnotes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<FootnotesExtension>();
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseKramdownExtension<T>(this MarkdownPipelineBuilder pipeline) where T : class, IMarkdownExtension, new()
    {
        pipeline.Extensions.AddIfNotAlready<T>();
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseKramdownLists(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<ListsExtension>();
        return pipeline;
    }
}
