using System.Collections.Concurrent;
using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// The fingerprints of what each document rendered to in this build (content, excerpt, output),
/// whether rendered afresh or reused: listings read in later phases show them.
/// </summary>
internal sealed class RenderedHashes
{
    private readonly ConcurrentDictionary<Document, string> _contents = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Document, string> _outputs = new(ReferenceEqualityComparer.Instance);

    public void SetContent(Document document, string contentAndExcerpt) => _contents[document] = contentAndExcerpt;

    public void SetOutput(Document document, string output) => _outputs[document] = output;

    public string Content(Document document) => _contents.GetValueOrDefault(document, "");

    public string Output(Document document) => _outputs.GetValueOrDefault(document, "");
}
