using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Generating;
using Ikim.Publisher.Site.Incremental;
using Ikim.Publisher.Site.Liquid;
using Ikim.Publisher.Site.Liquid.Drops;
using Ikim.Publisher.Site.Sass;
using Ikim.Publisher.Site.Writing;
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
    /// <param name="incremental">The previous build's state and output, and this build's global fingerprint.</param>
    /// <param name="writer">Where outputs go as soon as they are rendered (prepared for this site).</param>
    public RenderOutcome Render(SiteContent site, SiteIndex index, IncrementalInputs incremental, SiteWriter writer, CancellationToken cancellationToken)
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
        var own = new ItemFingerprints();
        var hashes = new RenderedHashes();
        var memo = new RenderMemo(incremental.Previous, incremental.GlobalFingerprint, new CurrentFingerprints(site, index, drops.Site, own, hashes), writer.HasPreviousOutput ? writer.PreviousHolds : null);
        var steps = new RenderSteps(renderer, drops, incremental.Record ? new SiteView(site.Configuration, ListingNames(site)) : null, memo, own, hashes, writer.OwnsFile, cancellationToken);
        var documents = site.Documents.ToList();

        var contents = ParallelInOrder.Map(documents, steps.Content, cancellationToken);
        var excerpts = ParallelInOrder.Map(documents, steps.Excerpt, cancellationToken);
        for (var i = 0; i < documents.Count; i++)
        {
            drops.Of(documents[i]).SetValue("content", contents[i].Text, readOnly: false);
            if (excerpts[i] is { } excerpt)
            {
                drops.Of(documents[i]).SetValue("excerpt", excerpt.Text, readOnly: false);
            }

            if (contents[i].Fingerprint is { } content)
            {
                hashes.SetContent(documents[i], own.Of(documents[i]), content, excerpts[i]?.Fingerprint);
            }
        }

        // A document's output is written as soon as it is rendered; its drop then reads the file back
        // only if a page asks for it, so a build never holds every output at once. Outputs become
        // visible to templates only after the phase, as in a full build.
        var outputs = ParallelInOrder.Map(documents, (d, i) =>
        {
            var (text, fingerprint) = steps.Output(d, contents[i].Text);
            if (fingerprint is not null)
            {
                hashes.SetOutput(d, fingerprint);
            }

            // A written output is not kept: holding them all is what writing early avoids.
            var file = writer.Place(d, text);
            return (Text: file is null ? text : null, File: file);
        }, cancellationToken);
        for (var i = 0; i < documents.Count; i++)
        {
            if (outputs[i].File is { } file)
            {
                drops.Of(documents[i]).SetOutputLoader(() => File.ReadAllText(file));
            }
            else
            {
                drops.Of(documents[i]).SetValue("output", outputs[i].Text, readOnly: false);
            }
        }

        ParallelInOrder.Map(site.Pages, p => writer.Place(p, steps.Page(p)), cancellationToken);
        return new RenderOutcome(sass.SourceMaps, memo.Finish(), memo.Rendered, memo.Reused);
    }

    /// <summary>The <c>site</c> keys that list items: reads of them are recorded as listings.</summary>
    private static HashSet<string> ListingNames(SiteContent site)
    {
        var names = new HashSet<string>(["posts", "pages", "html_pages", "static_files", "documents", "collections"], StringComparer.Ordinal);
        names.UnionWith(site.Collections.Select(c => c.Label));
        return names;
    }
}

/// <param name="Previous">The previous build's state; null renders everything.</param>
/// <param name="GlobalFingerprint">What every render depends on in this build (<see cref="BuildState.GlobalFingerprint"/>).</param>
/// <param name="Record">Whether renders record what they read (<see cref="BuildRequest.RecordDependencies"/>).</param>
internal sealed record IncrementalInputs(BuildState? Previous, string GlobalFingerprint, bool Record = true);

/// <param name="SideOutputs">Outputs rendering made on the side (source maps), for the writer to finish with.</param>
internal sealed record RenderOutcome(IReadOnlyList<RenderedItem> SideOutputs, BuildState State, int Rendered, int Reused);
