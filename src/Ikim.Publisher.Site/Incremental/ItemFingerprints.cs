using System.Collections.Concurrent;
using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// What each page, document and static file is on its own, before anything renders: its source body,
/// data (front matter after defaults and what Jekyll derives), URL and output path. Two builds give an
/// item the same fingerprint exactly when its own drop would show the same values.
/// </summary>
internal sealed class ItemFingerprints
{
    private readonly ConcurrentDictionary<object, string> _known = new(ReferenceEqualityComparer.Instance);

    public string Of(Convertible item) => _known.GetOrAdd(item, static key => Compute((Convertible)key));

    public string Of(StaticFile file) => _known.GetOrAdd(file, static key => Compute((StaticFile)key));

    private static string Compute(StaticFile file) =>
        new Fingerprint().Add("static").Add(file.SourcePath).Add(file.RelativePath).Add(file.Url).Add(file.OutputPath)
            .AddValue(file.ModifiedTime).Add(file.Collection?.Label).AddValue(file.Data).AddValue(file.Write).Finish();

    private static string Compute(Convertible item) => item switch
    {
        // What a document is apart from its collection and Write is the same in every copy of it.
        Document document => new Fingerprint()
            .Add(document.OwnFingerprint.Value ??= Common(document).Add(document.RelativePath).AddValue(document.Date).Add(document.ExcerptSource).AddValue(document.IsDraft).Finish())
            .Add(document.Collection.Label).AddValue(document.Write).Finish(),
        Page page => Common(page).Add(page.Dir).AddValue(page.FrontMatter).Finish(),
        _ => Common(item).Finish(),
    };

    private static Fingerprint Common(Convertible item) => new Fingerprint()
        .Add(item.GetType().Name).Add(item.SourcePath).Add(item.Url).Add(item.OutputPath).Add(item.OutputExtension)
        .AddValue(item.BodyLine).Add(item.Body).AddValue(item.Data);
}
