using System.Collections.Concurrent;
using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// Each document as listings show it in the later phases of the render stage, whether its renders
/// were done afresh or reused: after the contents phase, its own fingerprint with the fingerprints of
/// its rendered content and excerpt; after the layouts phase, that with its output's. One fingerprint
/// per document and phase, so a listing of thousands of documents adds one string per member.
/// </summary>
internal sealed class RenderedHashes
{
    private readonly ConcurrentDictionary<Document, string> _contents = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Document, string> _outputs = new(ReferenceEqualityComparer.Instance);

    /// <param name="own">The document's own fingerprint (<see cref="ItemFingerprints"/>).</param>
    /// <param name="content">The fingerprint of its rendered content.</param>
    /// <param name="excerpt">The fingerprint of its rendered excerpt; null when it has none.</param>
    public void SetContent(Document document, string own, string content, string? excerpt) =>
        _contents[document] = new Fingerprint().Add(own).Add(content).Add(excerpt).Finish();

    /// <param name="output">The fingerprint of the document in its layouts; set after <see cref="SetContent"/>.</param>
    public void SetOutput(Document document, string output) =>
        _outputs[document] = new Fingerprint().Add(Content(document)).Add(output).Finish();

    /// <summary>The document once the contents phase is done.</summary>
    public string Content(Document document) => _contents.GetValueOrDefault(document, "");

    /// <summary>The document once the layouts phase is done.</summary>
    public string Output(Document document) => _outputs.GetValueOrDefault(document, "");
}
