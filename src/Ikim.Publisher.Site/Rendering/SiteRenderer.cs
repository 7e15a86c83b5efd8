using System.Collections.Concurrent;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Liquid;
using Ikim.Publisher.Site.Liquid.Drops;
using Markdig;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Rendering;

/// <summary>The render stage: every page through <see cref="PageRenderer"/>, in parallel across cores.</summary>
internal sealed class SiteRenderer(MarkdownPipeline markdown, BuildDiagnostics diagnostics)
{
    public IReadOnlyList<RenderedPage> Render(SiteContent site, CancellationToken cancellationToken)
    {
        var templates = new TemplateCache(site.Source, site.Configuration.IncludesDir);
        var liquid = new LiquidRenderer(site.Configuration, templates);
        var pageDrops = site.Pages.ToDictionary(p => p, PageDrop.Create);
        var siteDrop = SiteDrop.Create(site, pageDrops);
        var jekyll = new ScriptObject { ["version"] = "4.3.1", ["environment"] = site.Configuration.GetString("jekyll_env") ?? "development" };
        var layouts = new LayoutChain(site.Layouts, liquid, diagnostics);
        var renderer = new PageRenderer(liquid, markdown, layouts, siteDrop, jekyll);

        var results = new RenderedPage[site.Pages.Count];
        var failures = new ConcurrentDictionary<int, Exception>();
        Parallel.For(0, site.Pages.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var page = site.Pages[i];
            try
            {
                results[i] = new RenderedPage(page, renderer.Render(page, pageDrops[page], cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures[i] = ex;
            }
        });

        // Report the failure of the first page in source order, whatever thread finished first.
        if (!failures.IsEmpty)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failures[failures.Keys.Min()]);
        }

        return results;
    }
}
