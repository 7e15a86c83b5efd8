using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Incremental;
using Ikim.Publisher.Site.Liquid.Drops;

namespace Ikim.Publisher.Site.Rendering;

/// <summary>
/// Each render of the render stage, done afresh or reused from the previous build: a render whose
/// dependency record still holds is skipped, any other is done with a recorder and recorded. Paginated
/// pages, generated files (feeds, sitemaps) and Sass are always rendered: they read what no key names.
/// Without a <paramref name="view"/> (a build that records nothing) every render is done plainly.
/// </summary>
/// <param name="view">What renders see of <c>site</c> while their reads are recorded; null records nothing.</param>
/// <param name="writes">Whether a document's output goes into a file of its own (written, and not lost to a path conflict).</param>
/// <param name="rendered">Documents' rendered content and excerpt, known once phase 1 is done.</param>
internal sealed class RenderSteps(ItemRenderer renderer, SiteDrops drops, SiteView? view, RenderMemo memo, ItemFingerprints own, RenderedHashes rendered, Func<Document, bool> writes, CancellationToken cancellationToken)
{
    /// <summary>A document's content (Liquid and converter, no layout), phase 1, with its fingerprint (null when nothing is recorded).</summary>
    public Rendered Content(Document document)
    {
        if (view is null)
        {
            return new(Unrecorded(site => renderer.Convert(document, drops.Of(document), site, null, cancellationToken), drops.SiteFor(document)), null);
        }

        var self = own.Of(document);
        var record = (Reusable(document) ? memo.TryReuse("content:" + document.SourcePath, self) : null)
            ?? Recorded("content:", document, self, RenderPhase.Contents, (site, reads) => renderer.Convert(document, drops.Of(document), site, reads, cancellationToken)).Record;
        return new(record.Text!, record.ResultFingerprint);
    }

    /// <summary>A document's rendered excerpt, phase 1, with its fingerprint (null when nothing is recorded); null when it has none to render.</summary>
    public Rendered? Excerpt(Document document)
    {
        if (document.ExcerptSource is null)
        {
            return null;
        }

        if (view is null)
        {
            return new(Unrecorded(site => renderer.Excerpt(document, drops.Of(document), site, null, cancellationToken), drops.Site), null);
        }

        var self = own.Of(document);
        var record = (Reusable(document) ? memo.TryReuse("excerpt:" + document.SourcePath, self) : null)
            ?? Recorded("excerpt:", document, self, RenderPhase.Contents, (site, reads) => renderer.Excerpt(document, drops.Of(document), site, reads, cancellationToken), related: false).Record;
        return new(record.Text!, record.ResultFingerprint);
    }

    /// <summary>
    /// A document in its layouts, phase 2. A reused output that has a file of its own is not held in
    /// memory (Text is null): the previous release has the file, and it is linked. The fingerprint is
    /// null when nothing is recorded.
    /// </summary>
    public (string? Text, string? Fingerprint) Output(Document document, string content)
    {
        if (view is null)
        {
            return (Unrecorded(site => renderer.Layout(document, content, drops.Of(document), site, null, cancellationToken), drops.SiteFor(document)), null);
        }

        // The document's layouts see it with its content and excerpt, fingerprinted once after phase 1.
        var self = rendered.Content(document);
        var key = "output:" + document.SourcePath;
        var ownFile = writes(document);
        if (Reusable(document) && memo.TryReuse(key, self, ownFile ? document.OutputPath : null) is { } record && (ownFile || record.Text is not null))
        {
            return (record.Text, record.ResultFingerprint);
        }

        var (output, fresh) = Recorded("output:", document, self, RenderPhase.DocumentLayouts, (site, reads) => renderer.Layout(document, content, drops.Of(document), site, reads, cancellationToken), keepText: !ownFile);
        return (output, fresh.ResultFingerprint);
    }

    /// <summary>A page: Liquid, converter and layouts, phase 3; null when the previous output's file is reused.</summary>
    public string? Page(Page page)
    {
        if (view is null || !Reusable(page))
        {
            return Unrecorded(site => renderer.Layout(page, renderer.Convert(page, drops.Of(page), site, null, cancellationToken), drops.Of(page), site, null, cancellationToken), drops.Site);
        }

        var self = own.Of(page);
        var key = "page:" + page.SourcePath + ">" + page.OutputPath;
        if (memo.TryReuse(key, self, page.OutputPath) is not null)
        {
            return null;
        }

        var reads = new DependencyRecorder(RenderPhase.Pages);
        var site = view.For(drops.Site, reads, "");
        var output = renderer.Layout(page, renderer.Convert(page, drops.Of(page), site, reads, cancellationToken), drops.Of(page), site, reads, cancellationToken);
        memo.Record(key, self, reads, output, keepText: false);
        return output;
    }

    /// <summary>Items whose inputs the records can name: not paginated, not generated, not Sass, with plain data.</summary>
    private static bool Reusable(Convertible item) =>
        item is not Page { Pager: not null } and not Page { Writer: not null } && item.Extension is not (".scss" or ".sass");

    /// <summary>A render that records nothing (and so is never reused), seeing <paramref name="site"/> as it is.</summary>
    private string Unrecorded(Func<object, string> render, object site)
    {
        memo.CountUnrecorded();
        return render(site);
    }

    /// <summary>Renders a document step with a recorder (its <c>page</c> records reads of its neighbours, <see cref="PageView"/>) and records it.</summary>
    private (string Text, ItemRecord Record) Recorded(string kind, Document document, string self, int phase, Func<object, DependencyRecorder, string> render, bool related = true, bool keepText = true)
    {
        var reads = new DependencyRecorder(phase);
        var site = view!.For(related ? drops.SiteFor(document) : drops.Site, reads, related ? document.SourcePath : "");
        var text = render(site, reads);
        return (text, memo.Record(kind + document.SourcePath, self, reads, text, keepText));
    }
}

/// <param name="Text">What the render gave.</param>
/// <param name="Fingerprint">Its fingerprint, when renders are recorded.</param>
internal readonly record struct Rendered(string Text, string? Fingerprint);
