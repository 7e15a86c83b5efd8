namespace Ikim.Publisher.Site.Content;

/// <summary>A file in a collection, posts and drafts included (Jekyll's Document).</summary>
public sealed class Document : Convertible
{
    public required Collection Collection { get; init; }

    /// <summary>The path relative to <c>collections_dir</c> (Jekyll's relative_path), e.g. <c>_posts/2024-01-15-hello.md</c>.</summary>
    public required string RelativePath { get; init; }

    /// <summary>The document's date in the site's time zone.</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>
    /// Whether Jekyll knows a date when it sorts the collection (posts always; other documents only with a
    /// date in front matter, defaults or file name). Documents without one sort by path.
    /// </summary>
    public required bool SortsByDate { get; init; }

    public required bool IsDraft { get; init; }

    /// <summary>The Markdown/HTML source of the excerpt (before Liquid), or null when excerpts are off.</summary>
    public required string? ExcerptSource { get; init; }

    /// <summary>Whether the document is written: its collection has output and it is published.</summary>
    public required bool Write { get; init; }

    /// <summary>
    /// The fingerprint of the document apart from its collection and <see cref="Write"/>
    /// (<see cref="Incremental.ItemFingerprints"/>), shared with the copies <see cref="In"/> makes.
    /// </summary>
    internal Memo<string> OwnFingerprint { get; private init; } = new();

    /// <summary>
    /// What its drop is made of before a build fills in its renders and neighbours (<see cref="Liquid.Drops.DocumentDrop"/>),
    /// shared with the copies <see cref="In"/> makes (always into a collection of the same label).
    /// </summary>
    internal Memo<KeyValuePair<string, object?>[]> DropValues { get; private init; } = new();

    public string FileName => RubyPath.FileName(SourcePath);

    public string BaseName => RubyPath.FileName(SourcePath)[..^Extension.Length];

    public override object? LayoutSetting => Data.GetValueOrDefault("layout");

    // YAML documents are data, not templates.
    public override bool RenderWithLiquid => Extension is not (".yml" or ".yaml" or ".coffee") && base.RenderWithLiquid;

    public override bool PlaceInLayout => Extension is not (".yml" or ".yaml") && base.PlaceInLayout;

    /// <summary><c>page.id</c>: the URL's folder joined with the slug, e.g. <c>/2024/01/15/hello</c>.</summary>
    public string Id
    {
        get
        {
            // File.join(File.dirname(url), slug): dirname ignores a trailing slash.
            var trimmed = Url.TrimEnd('/');
            var slash = trimmed.LastIndexOf('/');
            var folder = slash <= 0 ? "" : trimmed[..slash];
            var slug = Data.GetValueOrDefault("slug") is { } value ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : BaseName;
            return folder + "/" + slug;
        }
    }

    /// <summary>The same document in another build's collection, written or not (a future post may have come due).</summary>
    internal Document In(Collection collection, bool write) => Copy(collection: collection, write: write);

    /// <summary>A copy with another body or data, for generators that change documents before they render.</summary>
    internal Document With(string? body = null, IReadOnlyDictionary<string, object?>? data = null, string? excerptSource = null) =>
        Copy(body: body, data: data, excerptSource: excerptSource);

    private Document Copy(Collection? collection = null, bool? write = null, string? body = null, IReadOnlyDictionary<string, object?>? data = null, string? excerptSource = null)
    {
        // Only a copy with the same body, data and excerpt has the same fingerprint and drop.
        var sameContent = body is null && data is null && excerptSource is null;
        return new()
        {
            SourcePath = SourcePath,
            RelativePath = RelativePath,
            Collection = collection ?? Collection,
            Body = body ?? Body,
            BodyLine = BodyLine,
            Data = data ?? Data,
            Date = Date,
            SortsByDate = SortsByDate,
            IsDraft = IsDraft,
            ExcerptSource = excerptSource ?? ExcerptSource,
            Url = Url,
            OutputPath = OutputPath,
            OutputExtension = OutputExtension,
            IsMarkdown = IsMarkdown,
            Write = write ?? Write,
            OwnFingerprint = sameContent ? OwnFingerprint : new(),
            DropValues = sameContent ? DropValues : new(),
        };
    }
}
