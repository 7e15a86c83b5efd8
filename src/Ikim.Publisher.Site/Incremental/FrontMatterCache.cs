using System.Collections.Concurrent;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Reading;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// What the previous build learnt from each source file, by path and content: whether it starts with
/// front matter, and its front matter and body parsed. A file whose content did not change is not parsed
/// again (YAML parsing is most of the read stage) and, when the tree names contents by id (Git), not
/// even read. Parses are shared between builds and never changed after parsing. Everything this build
/// learns, reused or not, is kept for the next one.
/// </summary>
internal sealed class FrontMatterCache(FrontMatterCache.Snapshot? previous)
{
    private readonly ConcurrentDictionary<string, FrontMatter> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _headers = new(StringComparer.Ordinal);

    public Snapshot Learnt => new(_parsed, _headers);

    /// <summary>Whether the file starts with a front matter line (pages versus static files).</summary>
    public bool HasFrontMatter(ISourceTree tree, string path)
    {
        if (tree.ContentId(path) is not { } id)
        {
            return FrontMatter.HasFrontMatter(tree.Read(path));
        }

        var key = path + "\n" + id;
        if (previous is null || !previous.Headers.TryGetValue(key, out var has))
        {
            has = FrontMatter.HasFrontMatter(tree.Read(path));
        }

        _headers[key] = has;
        return has;
    }

    /// <summary>
    /// A page's or document's front matter and body (a file without front matter is all body), parsed
    /// or taken from the previous build: by the tree's content id when it has one (the file is then not
    /// even read), else by the text's fingerprint.
    /// </summary>
    public FrontMatter Read(ISourceTree tree, string path)
    {
        string? text = null;
        var key = path + "\n" + (tree.ContentId(path) ?? Fingerprint.Of(text = SourceText.Read(tree, path)));
        if (previous is null || !previous.Parsed.TryGetValue(key, out var frontMatter))
        {
            text ??= SourceText.Read(tree, path);
            frontMatter = FrontMatter.TryParse(text, path) ?? new FrontMatter([], text, 1);
        }

        _parsed[key] = frontMatter;
        return frontMatter;
    }

    /// <param name="Parsed">Front matter by "path LF content id or fingerprint".</param>
    /// <param name="Headers">Whether a file has front matter, by "path LF content id".</param>
    internal sealed record Snapshot(IReadOnlyDictionary<string, FrontMatter> Parsed, IReadOnlyDictionary<string, bool> Headers);
}
