using System.Collections.Concurrent;
using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// Front matter parsed by the previous build, by file path and text: a file whose text did not change
/// is not parsed again (YAML parsing is most of the read stage). The parses are shared between builds
/// and never changed after parsing. Every parse of this build, reused or not, is kept for the next one.
/// </summary>
internal sealed class FrontMatterCache(IReadOnlyDictionary<string, FrontMatter?>? previous)
{
    private readonly ConcurrentDictionary<string, FrontMatter?> _parsed = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, FrontMatter?> Parsed => _parsed;

    /// <summary><see cref="FrontMatter.TryParse"/>, or the previous build's parse of the same text at the same path.</summary>
    public FrontMatter? TryParse(string text, string path)
    {
        var key = path + "\n" + Fingerprint.Of(text);
        if (previous is null || !previous.TryGetValue(key, out var frontMatter))
        {
            frontMatter = FrontMatter.TryParse(text, path);
        }

        _parsed[key] = frontMatter;
        return frontMatter;
    }
}
