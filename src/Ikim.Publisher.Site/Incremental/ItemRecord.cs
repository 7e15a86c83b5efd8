namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// The dependency record of one render: the item's own fingerprint, every key it read with the
/// fingerprint that key had, and what the render gave. Document contents and excerpts keep their
/// text (other items read them); outputs keep only their fingerprint and size: the file itself is in
/// the release.
/// </summary>
/// <param name="Self">The item's own fingerprint (and, for a document's layouts, its content's).</param>
/// <param name="Reads">Each dependency key read, with its fingerprint at the time.</param>
/// <param name="Text">The rendered text, kept for contents and excerpts; null for outputs.</param>
/// <param name="ResultFingerprint">The fingerprint of the rendered text.</param>
/// <param name="OutputBytes">For outputs: the file's size in bytes, checked before the file is linked.</param>
internal sealed record ItemRecord(string Self, IReadOnlyList<KeyValuePair<string, string>> Reads, string? Text, string ResultFingerprint, long OutputBytes);
