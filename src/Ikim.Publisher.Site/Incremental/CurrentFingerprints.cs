using System.Collections.Concurrent;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Generating;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// The fingerprint each dependency key (<see cref="DependencyKeys"/>) has in this build, computed on
/// first use and kept. A listing's fingerprint covers its members in order, each as far as it is known
/// in the phase: a document's own fingerprint, then its rendered content and excerpt, then its output.
/// Phase-dependent keys are only asked for once their phase's inputs are complete.
/// </summary>
internal sealed class CurrentFingerprints(SiteContent site, SiteIndex index, IDictionary<string, object?> siteDrop, ItemFingerprints items, RenderedHashes rendered)
{
    // At most two neighbour keys per document (where layouts read page.next) and a few hundred others: sized so the table does not grow while renders ask.
    private readonly ConcurrentDictionary<string, string> _known = new(Environment.ProcessorCount, (2 * site.Collections.Sum(c => c.Docs.Count)) + 256, StringComparer.Ordinal);
    private readonly Dictionary<string, Document> _documents = site.Documents.ToDictionary(d => d.SourcePath, StringComparer.Ordinal);
    private readonly Dictionary<Document, int> _positions = site.Collections.SelectMany(c => c.Docs.Select((d, i) => (d, i))).ToDictionary(p => p.d, p => p.i);

    // Every record's every read asks for its key: a static factory, so no delegate is made per question.
    public string Of(string key) => _known.GetOrAdd(key, static (key, self) => self.Compute(key), this);

    private string Compute(string key)
    {
        var colon = key.IndexOf(':');
        var kind = colon < 0 ? key : key[..colon];
        var name = colon < 0 ? "" : key[(colon + 1)..];
        return kind switch
        {
            "file" => site.Source.Contains(name) ? Fingerprint.Of(site.Source.Read(name)) : "missing",
            "layout" => LayoutFingerprint(name),
            "layoutdata" => site.Layouts.TryGetValue(name, out var layout) ? new Fingerprint().AddValue(layout.FrontMatter.Data).Finish() : "missing",
            "data" => ValueFingerprint(siteDrop.TryGetValue("data", out var data) ? data : null, name),
            "site" => siteDrop.TryGetValue(name, out var value) ? new Fingerprint().AddValue(value).Finish() : "absent",
            "list" => Members(ListingMembers(Phased(name, out var phase)), phase),
            "related" => Members(RelatedMembers(Phased(name, out var phase)), phase),
            "neighbours" => Members(Neighbours(Phased(name, out var phase)), phase),
            DependencyKeys.Urls => UrlsFingerprint(),
            _ => throw new ArgumentException($"unknown dependency key '{key}'", nameof(key)),
        };
    }

    private static string Phased(string name, out int phase)
    {
        var hash = name.LastIndexOf('#');
        phase = int.Parse(name.AsSpan(hash + 1), System.Globalization.CultureInfo.InvariantCulture);
        return name[..hash];
    }

    private string LayoutFingerprint(string name) =>
        site.Layouts.TryGetValue(name, out var layout)
            ? new Fingerprint().Add(layout.SourcePath).Add(layout.FrontMatter.Body).AddValue(layout.FrontMatter.BodyLine)
                .AddValue(layout.FrontMatter.Data).Add(layout.ParentName).AddValue(layout.Writer is not null).Finish()
            : "missing";

    private static string ValueFingerprint(object? data, string name) =>
        name == "*"
            ? new Fingerprint().AddValue(data).Finish()
            : data is IDictionary<string, object?> hash && hash.TryGetValue(name, out var value) ? new Fingerprint().AddValue(value).Finish() : "absent";

    private IEnumerable<object> ListingMembers(string name)
    {
        var slash = name.IndexOf('/');
        if (slash > 0)
        {
            var groups = name[..slash] == "tags" ? index.Tags : index.Categories;
            var group = name[(slash + 1)..];
            return groups.Where(g => g.Key == group).SelectMany(g => g.Value);
        }

        return name switch
        {
            "posts" => index.PostsNewestFirst,
            "pages" or "html_pages" => site.Pages,
            "static_files" => site.StaticFiles,
            "documents" => site.Collections.SelectMany(c => c.Docs.Cast<object>().Concat(c.Files)),
            "tags" => index.Tags.SelectMany(g => g.Value.Cast<object>().Prepend(g.Key)),
            "categories" => index.Categories.SelectMany(g => g.Value.Cast<object>().Prepend(g.Key)),
            "collections" => site.Collections.SelectMany(c => c.Docs.Cast<object>().Concat(c.Files).Prepend(c.Label)),
            _ => site.Collections.Where(c => c.Label == name).SelectMany(c => c.Docs),
        };
    }

    private IEnumerable<object> RelatedMembers(string sourcePath) =>
        sourcePath.Length > 0 && _documents.TryGetValue(sourcePath, out var document) ? index.RelatedPosts(document) : [];

    private IEnumerable<object> Neighbours(string sourcePath)
    {
        var document = _documents[sourcePath];
        var docs = document.Collection.Docs;
        var at = _positions[document];
        return [at > 0 ? docs[at - 1] : "none", at + 1 < docs.Count ? docs[at + 1] : "none"];
    }

    private string Members(IEnumerable<object> members, int phase)
    {
        var fingerprint = new Fingerprint();
        foreach (var member in members)
        {
            switch (member)
            {
                case Document document:
                    fingerprint.Add(phase switch
                    {
                        >= RenderPhase.Pages => rendered.Output(document),
                        >= RenderPhase.DocumentLayouts => rendered.Content(document),
                        _ => items.Of(document),
                    });
                    break;
                case Convertible item:
                    fingerprint.Add(items.Of(item));
                    break;
                case StaticFile file:
                    fingerprint.Add(items.Of(file));
                    break;
                default:
                    fingerprint.AddValue(member);
                    break;
            }
        }

        return fingerprint.Finish();
    }

    private string UrlsFingerprint()
    {
        var fingerprint = new Fingerprint();
        foreach (var item in site.Pages.Cast<Convertible>().Concat(site.Documents))
        {
            fingerprint.Add(item.SourcePath).Add(item.Url);
        }

        foreach (var file in site.StaticFiles.Concat(site.Collections.SelectMany(c => c.Files)))
        {
            fingerprint.Add(file.RelativePath).Add(file.Url);
        }

        return fingerprint.Finish();
    }
}
