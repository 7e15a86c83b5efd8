namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// A document's <c>page</c> as one of its renders sees it, recording a read of <c>page.next</c> or
/// <c>page.previous</c> (or of the whole page: enumerated, counted, turned into JSON) as a read of the
/// document's neighbours. Most templates never read them; a render that does not is not made stale
/// by a post written next to it, and its record does not carry a key per document.
/// </summary>
internal static class PageView
{
    public static IDictionary<string, object?> For(IDictionary<string, object?> page, DependencyRecorder reads, string sourcePath)
    {
        var neighbours = DependencyKeys.Neighbours(sourcePath, reads.Phase);
        return new RecordingHash(
            page,
            (key, value) =>
            {
                if (key is "next" or "previous")
                {
                    reads.Read(neighbours);
                }

                return value;
            },
            () => reads.Read(neighbours));
    }
}
