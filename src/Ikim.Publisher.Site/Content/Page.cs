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
}
