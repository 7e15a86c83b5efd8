using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Generating;
using Ikim.Publisher.Site.Liquid;
using Ikim.Publisher.Site.Liquid.Drops;
using Ikim.Publisher.Site.Sass;
using Markdig;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Rendering;

/// <summary>
/// The render stage, in parallel across cores. Jekyll renders documents before pages, so pages listing
/// posts see their converted content; we keep that in three phases, each fully parallel and reading only
/// shared, unchanging drops: (1) documents' and excerpts' content, (2) documents' layouts, (3) pages.
/// Between phases the document drops get the results (<c>content</c>, <c>excerpt</c>, <c>output</c>).
/// </summary>
internal sealed class SiteRenderer(MarkdownPipeline markdown, BuildDiagnostics diagnostics)
{
    public IReadOnlyList<RenderedItem> Render(SiteContent site, SiteIndex index, CancellationToken cancellationToken)
    {
        var drops = new SiteDrops(site, index);
        var environment = Environment.GetEnvironmentVariable("JEKYLL_ENV") ?? "development";
        var jekyll = new ScriptObject { ["version"] = "4.3.1", ["environment"] = environment };
        var sass = new SassConverter(site.Source, site.Configuration, environment, diagnostics);
        var pipeline = Markdown.MarkdownPipelineFactory.ForConfiguration(markdown, site.Configuration.Values.GetValueOrDefault("kramdown"));
        var templates = new TemplateCache(site.Source, site.Configuration, site.Plugins);
        var liquid = new LiquidRenderer(site.Configuration, templates, new LiquidServices
        {
            Markdownify = text => Markdown.KramdownConverter.ToHtml(text, pipeline),
            Sassify = text => sass.ConvertText(text, indented: true),
            Scssify = text => sass.ConvertText(text, indented: false),
        });
        var renderer = new ItemRenderer(liquid, new Converter(pipeline, sass), new LayoutChain(site.Layouts, liquid, diagnostics), jekyll, item => item is Page { Pager: { } pager } ? PaginatorDrop.Create(pager, drops) : null);
        var documents = site.Documents.ToList();

        var contents = InParallel(documents, d => renderer.Convert(d, drops.Of(d), drops.SiteFor(d), cancellationToken), cancellationToken);
        var excerpts = InParallel(documents, d => d.ExcerptSource is null ? null : renderer.Excerpt(d, drops.Of(d), drops.Site, cancellationToken), cancellationToken);
        for (var i = 0; i < documents.Count; i++)
        {
            drops.Of(documents[i]).SetValue("content", contents[i], readOnly: false);
            if (excerpts[i] is { } excerpt)
            {
                drops.Of(documents[i]).SetValue("excerpt", excerpt, readOnly: false);
            }
        }

        var outputs = InParallel(documents, (d, i) => renderer.Layout(d, contents[i]!, drops.Of(d), drops.SiteFor(d), cancellationToken), cancellationToken);
        for (var i = 0; i < documents.Count; i++)
        {
            drops.Of(documents[i]).SetValue("output", outputs[i], readOnly: false);
        }

        var pages = InParallel(site.Pages, p => renderer.Layout(p, renderer.Convert(p, drops.Of(p), drops.Site, cancellationToken), drops.Of(p), drops.Site, cancellationToken), cancellationToken);
        return site.Pages.Select((p, i) => new RenderedItem(p, pages[i]!))
            .Concat(sass.SourceMaps)
            .Concat(documents.Select((d, i) => new RenderedItem(d, outputs[i]!)).Where(r => ((Document)r.Item).Write))
            .ToList();
    }

    private static string?[] InParallel<T>(IReadOnlyList<T> items, Func<T, string?> render, CancellationToken cancellationToken) =>
        InParallel(items, (item, _) => render(item), cancellationToken);

    private static string?[] InParallel<T>(IReadOnlyList<T> items, Func<T, int, string?> render, CancellationToken cancellationToken)
    {
        var results = new string?[items.Count];
        var failures = new ConcurrentDictionary<int, Exception>();
        Parallel.For(0, items.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            try
            {
                results[i] = render(items[i], i);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures[i] = ex;
            }
        });

        // Report the failure of the first item in site order, whatever thread finished first.
        if (!failures.IsEmpty)
        {
            ExceptionDispatchInfo.Throw(failures[failures.Keys.Min()]);
        }

        return results;
    }
}
