namespace Ikim.Publisher.Site.Content;

/// <summary>
/// A file with front matter outside the special folders (Jekyll's Page). Its front matter is
/// kept as written; defaults fill only the keys it does not set, as Jekyll's default_proc does.
/// </summary>
public sealed class Page : Convertible
{
    /// <summary>The folder as Jekyll keeps it for <c>:path</c>: "" at the root, "/docs" for <c>docs/</c>.</summary>
    public required string Dir { get; init; }

    /// <summary>The front matter as written, without defaults.</summary>
    public required IReadOnlyDictionary<string, object?> FrontMatter { get; init; }

    /// <summary>The front matter defaults that apply to this page.</summary>
    public required IReadOnlyDictionary<string, object?> Defaults { get; init; }

    /// <summary>
    /// Jekyll's Page#pager: set when jekyll-paginate makes this page one of a series; templates see it as
    /// <c>paginator</c>.
    /// </summary>
    public Pager? Pager { get; init; }

    /// <summary>For a page a plugin writes in code (a feed, a sitemap): what runs instead of Liquid over <see cref="Convertible.Body"/>.</summary>
    internal Liquid.ContentWriter? Writer { get; init; }

    public string Name => RubyPath.FileName(SourcePath);

    public string BaseName => RubyPath.BaseNameWithoutExtension(SourcePath);

    /// <summary>
    /// A key present in the front matter wins even when null (so <c>layout: null</c> means no layout),
    /// otherwise the defaults answer.
    /// </summary>
    public override object? LayoutSetting => Setting("layout");

    public object? Setting(string key) =>
        FrontMatter.TryGetValue(key, out var value) ? value : Defaults.GetValueOrDefault(key);

    /// <summary><c>page.dir</c>: the URL itself when it ends in '/', else its folder with a trailing '/'.</summary>
    public string UrlDir
    {
        get
        {
            if (Url.EndsWith('/'))
            {
                return Url;
            }

            var slash = Url.LastIndexOf('/');
            return slash <= 0 ? "/" : Url[..(slash + 1)];
        }
    }

    /// <summary>
    /// A copy with some parts changed, for generators that change pages before they render (a layout or
    /// title set by a plugin, links rewritten, a paginated copy in another folder). Changed front matter
    /// is merged over the defaults again.
    /// </summary>
    internal Page With(
        string? body = null,
        IReadOnlyDictionary<string, object?>? frontMatter = null,
        string? dir = null,
        string? url = null,
        string? outputPath = null,
        Pager? pager = null,
        Liquid.ContentWriter? writer = null) => new()
        {
            SourcePath = SourcePath,
            Body = body ?? Body,
            BodyLine = BodyLine,
            Dir = dir ?? Dir,
            FrontMatter = frontMatter ?? FrontMatter,
            Defaults = Defaults,
            Data = frontMatter is null ? Data : DataMerge.Merge(Defaults, frontMatter),
            Url = url ?? Url,
            OutputPath = outputPath ?? OutputPath,
            OutputExtension = OutputExtension,
            IsMarkdown = IsMarkdown,
            Pager = pager ?? Pager,
            Writer = writer ?? Writer,
        };
}
