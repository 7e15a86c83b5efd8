namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// A static file as a build wrote it: the content id of its source (a Git blob id) and its length. The
/// next build links the previous output's file without reading the source when both still hold.
/// </summary>
public sealed record StaticFileRecord(string ContentId, long Length);
