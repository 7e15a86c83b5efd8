using System.Collections.Concurrent;
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
/// Builds the Markdig pipelines builds share: GitHub-flavoured input as Jekyll's kramdown GFM
/// parser reads it, written by <see cref="KramdownConverter"/>. A pipeline is immutable and
/// carries its kramdown options; one is built per distinct option set and cached.
/// </summary>
public static class MarkdownPipelineFactory
{
    private static readonly ConcurrentDictionary<string, Lazy<MarkdownPipeline>> Pipelines = new(StringComparer.Ordinal);

    /// <summary>The pipeline for Jekyll's default kramdown options.</summary>
    public static MarkdownPipeline Create() => Create(KramdownOptions.Default);

    public static MarkdownPipeline Create(KramdownOptions options) =>
        Pipelines.GetOrAdd(options.Key, _ => new Lazy<MarkdownPipeline>(() => Build(options))).Value;

    /// <summary>
    /// The pipeline for a site's <c>kramdown:</c> configuration section: <paramref name="shared"/>
    /// (the one built at start-up) when the section keeps Jekyll's defaults.
    /// </summary>
    public static MarkdownPipeline ForConfiguration(MarkdownPipeline shared, object? kramdownSection)
    {
        var options = KramdownOptions.From(kramdownSection);
        return options.Key == KramdownOptions.Default.Key ? shared : Create(options);
    }

    private static readonly Lazy<MarkdownPipeline> SpansOnly = new(() => Build(KramdownOptions.Default, tables: false));

    /// <summary>
    /// A pipeline without pipe tables, for reading lines as paragraph text where kramdown does
    /// not see a table (see <see cref="Tables.TablesExtension"/>).
    /// </summary>
    internal static MarkdownPipeline WithoutTables => SpansOnly.Value;

    private static MarkdownPipeline Build(KramdownOptions options, bool tables = true)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseKramdown(options)
            .UseKramdownLists()
            .UseKramdownCode()
            .UseKramdownHtmlBlocks()
            .UseKramdownExtensions()
            .UseKramdownMath()
            .UseKramdownAttributeLists();
        if (tables)
        {
            builder.UsePipeTables().UseKramdownTables();
        }

        builder
            .UseFootnotes()
            .UseKramdownFootnotes()
            .UseDefinitionLists()
            .UseKramdownDefinitionLists()
            .UseTaskLists()
            .UseKramdownTaskLists()
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
            .UseKramdownTypography()
            .UseKramdownAbbreviations()
            .UseKramdownHeaderIds()
            .UseKramdownTableOfContents();
        return builder.Build();
    }
}

/// <summary>The <c>UseX()</c> methods of the kramdown features.</summary>
public static class KramdownPipelineExtensions
{
    public static MarkdownPipelineBuilder UseKramdown(this MarkdownPipelineBuilder pipeline, KramdownOptions? options = null)
    {
        pipeline.Extensions.ReplaceOrAdd<KramdownExtension>(new KramdownExtension(options ?? KramdownOptions.Default));
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseKramdownLists(this MarkdownPipelineBuilder pipeline) => pipeline.UseKramdownFeature<ListsExtension>();

    public static MarkdownPipelineBuilder UseKramdownCode(this MarkdownPipelineBuilder pipeline) => pipeline.UseKramdownFeature<CodeBlocksExtension>();

    public static MarkdownPipelineBuilder UseKramdownHtmlBlocks(this MarkdownPipelineBuilder pipeline) => pipeline.UseKramdownFeature<HtmlBlocksExtension>();

    public static MarkdownPipelineBuilder UseKramdownExtensions(this MarkdownPipelineBuilder pipeline) => pipeline.UseKramdownFeature<KramdownExtensionsExtension>();

    public static MarkdownPipelineBuilder UseKramdownMath(this MarkdownPipelineBuilder pipeline) => pipeline.UseKramdownFeature<MathExtension>();

    public static MarkdownPipelineBuilder UseKramdownAttributeLists(this MarkdownPipelineBuilder pipeline) => pipeline.UseKramdownFeature<AttributeListsExtension>();

    public static MarkdownPipelineBuilder UseKramdownTables(this MarkdownPipelineBuilder pipeline) => pipeline.UseKramdownFeature<TablesExtension>();

    public static MarkdownPipelineBuilder UseKramdownFootnotes(this MarkdownPipelineBuilder pipeline) => pipeline.UseKramdownFeature<FootnotesExtension>();

    public static MarkdownPipelineBuilder UseKramdownDefinitionLists(this MarkdownPipelineBuilder pipeline) => pipeline.UseKramdownFeature<DefinitionListsExtension>();

    public static MarkdownPipelineBuilder UseKramdownAbbreviations(this MarkdownPipelineBuilder pipeline) => pipeline.UseKramdownFeature<AbbreviationsExtension>();

    public static MarkdownPipelineBuilder UseKramdownTaskLists(this MarkdownPipelineBuilder pipeline) => pipeline.UseKramdownFeature<TaskListsExtension>();

    public static MarkdownPipelineBuilder UseKramdownTypography(this MarkdownPipelineBuilder pipeline) => pipeline.UseKramdownFeature<TypographyExtension>();

    public static MarkdownPipelineBuilder UseKramdownTableOfContents(this MarkdownPipelineBuilder pipeline) => pipeline.UseKramdownFeature<TableOfContentsExtension>();

    private static MarkdownPipelineBuilder UseKramdownFeature<T>(this MarkdownPipelineBuilder pipeline) where T : class, IMarkdownExtension, new()
    {
        pipeline.Extensions.AddIfNotAlready<T>();
        return pipeline;
    }
}
