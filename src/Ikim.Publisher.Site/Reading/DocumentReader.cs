using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// Reads a collection document (posts and drafts included) as Jekyll's Document#read does: categories
/// from the folders above <c>_posts</c>, front matter defaults, the front matter, then the values Jekyll
/// derives: date and slug from the file name, title, categories, tags and the excerpt.
/// </summary>
internal sealed partial class DocumentReader(ISourceTree tree, SiteConfiguration configuration, FrontMatterDefaults defaults, Publisher publisher, DateTimeOffset siteTime, Incremental.FrontMatterCache frontMatters, Incremental.DocumentCache documents)
{
    private readonly IReadOnlySet<string> _markdown = configuration.MarkdownExtensions;
    private readonly TimeZoneInfo _zone = configuration.TimeZone;

    /// <param name="path">The file, relative to the source.</param>
    public Document Read(string path, Collection collection)
    {
        var collectionsDir = configuration.CollectionsDir;
        var relativePath = collectionsDir.Length > 0 && path.StartsWith(collectionsDir + "/", StringComparison.Ordinal) ? path[(collectionsDir.Length + 1)..] : path;
        var isDraft = collection.Label == "posts" && !relativePath.Contains(collection.RelativeDirectory, StringComparison.Ordinal);
        // A draft without a date takes its file's time: drafts are always read afresh.
        var key = !isDraft && tree.ContentId(path) is { } id ? path + "\n" + id + "\n" + collection.Label : null;
        if (key is not null && documents.Find(key, siteTime) is { } known)
        {
            var document = known.Document.In(collection, collection.Output && publisher.Publish(known.Document.Data, known.Document.Date));
            documents.Learn(key, known with { Document = document });
            return document;
        }

        var (read, datedBy, compared) = Read(path, relativePath, isDraft, collection);
        if (key is not null)
        {
            documents.Learn(key, new Incremental.DocumentCache.Entry(read, datedBy, compared));
        }

        return read;
    }

    private (Document Document, DateTimeOffset? DatedBy, (long, bool)? ComparedDate) Read(string path, string relativePath, bool isDraft, Collection collection)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        var dates = new DocumentDates(path, _zone);

        MergeData(data, new Dictionary<string, object?> { ["categories"] = CategoriesFromPath(relativePath, isDraft ? "_drafts" : collection.RelativeDirectory) }, dates);
        MergeData(data, defaults.All(relativePath, collection.Label), dates);
        var frontMatter = IsYaml(path) ? new FrontMatter(YamlReader.ParseMapping(SourceText.Read(tree, path), path), "", 1) : frontMatters.Read(tree, path);
        MergeData(data, frontMatter.Data, dates);

        var compared = PopulateTitle(data, relativePath, dates);
        var ownDate = data.GetValueOrDefault("date") as DateTimeOffset?;
        var date = ownDate ?? (isDraft ? TimeZoneInfo.ConvertTime(tree.ModifiedTime(path), _zone) : siteTime);
        var hasDate = data.ContainsKey("date");
        data["date"] = date;
        data["draft"] = isDraft;
        data["categories"] = PostData.Categories(data);
        data["tags"] = PostData.Tags(data);
        var separator = data.GetValueOrDefault("excerpt_separator") is { } own ? Convert.ToString(own, System.Globalization.CultureInfo.InvariantCulture) ?? "" : configuration.ExcerptSeparator;
        var excerpt = separator.Length > 0 && data.GetValueOrDefault("excerpt") is null or false ? ExcerptExtractor.Extract(frontMatter.Body, separator) : null;

        var extension = RubyPath.ExtName(path);
        var isMarkdown = _markdown.Contains(extension.ToLowerInvariant());
        var permalink = data.GetValueOrDefault("permalink");
        var outputExtension = OutputExtension.For(extension, isMarkdown, permalink);
        var url = DocumentUrl.Build(permalink as string ?? collection.UrlTemplate, relativePath, collection, data, date, outputExtension, path);
        return (new Document
        {
            SourcePath = path,
            RelativePath = relativePath,
            Collection = collection,
            Body = frontMatter.Body,
            BodyLine = frontMatter.BodyLine,
            Data = data,
            Date = date,
            SortsByDate = hasDate || collection.Label == "posts",
            IsDraft = isDraft,
            ExcerptSource = excerpt,
            Url = url,
            OutputPath = JekyllUrl.OutputPath(url, outputExtension, isDocument: true),
            OutputExtension = outputExtension,
            IsMarkdown = isMarkdown,
            Write = collection.Output && publisher.Publish(data, date),
        }, ownDate is null ? siteTime : null, compared);
    }

    private static bool IsYaml(string path) => RubyPath.ExtName(path) is ".yml" or ".yaml";

    /// <summary>
    /// Document#categories_from_path: the folders above the special folder become categories
    /// (<c>news/_posts/x.md</c> → news), folders inside it do not (<c>_posts/events/x.md</c> → none).
    /// </summary>
    private static List<object?> CategoriesFromPath(string relativePath, string specialDir)
    {
        if (relativePath.StartsWith(specialDir, StringComparison.Ordinal))
        {
            return [];
        }

        var index = relativePath.IndexOf(specialDir, StringComparison.Ordinal);
        var above = index < 0 ? relativePath : relativePath[..index];
        var fileName = RubyPath.FileName(relativePath);
        return above.Split('/').Where(c => c.Length > 0 && c != specialDir && c != fileName).Cast<object?>().ToList();
    }

    /// <summary>
    /// Document#merge_data!: categories given as a string are split on blanks and joined to those already
    /// known; then a deep merge; then the date, if any, is parsed.
    /// </summary>
    private static void MergeData(Dictionary<string, object?> data, IReadOnlyDictionary<string, object?> other, DocumentDates dates)
    {
        if (other.GetValueOrDefault("categories") is { } categories)
        {
            var incoming = categories is string text
                ? text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Cast<object?>().ToList()
                : categories as List<object?>;
            if (incoming is not null && data.GetValueOrDefault("categories") is List<object?> known)
            {
                incoming = known.Concat(incoming).Distinct().ToList();
            }

            if (incoming is not null)
            {
                other = new Dictionary<string, object?>(other, StringComparer.Ordinal) { ["categories"] = incoming };
            }
        }

        DataMerge.MergeInto(data, other);
        if (data.TryGetValue("date", out var date))
        {
            data["date"] = dates.Parse(date);
        }
    }

    /// <summary>Document#populate_title: date and slug from the file name, a title from the slug.</summary>
    /// <returns>The front-matter date Jekyll compared with the build time, and whether they were equal; null when none was compared.</returns>
    private (long, bool)? PopulateTitle(Dictionary<string, object?> data, string relativePath, DocumentDates dates)
    {
        string? slug = null;
        string? extension = null;
        (long, bool)? compared = null;
        var dated = DatedFileName().Match(relativePath);
        if (dated.Success)
        {
            slug = dated.Groups[2].Value;
            extension = dated.Groups[3].Value;
            if (data.GetValueOrDefault("date") is DateTimeOffset existing)
            {
                compared = (existing.ToUnixTimeSeconds(), existing.ToUnixTimeSeconds() == siteTime.ToUnixTimeSeconds());
            }

            if (compared is not (_, false))
            {
                MergeData(data, new Dictionary<string, object?> { ["date"] = dated.Groups[1].Value }, dates);
            }
        }
        else if (DatelessFileName().Match(relativePath) is { Success: true } dateless)
        {
            slug = dateless.Groups[1].Value;
            extension = dateless.Groups[2].Value;
        }

        slug ??= RubyPath.FileName(relativePath)[..^RubyPath.ExtName(relativePath).Length];
        slug = slug.TrimEnd('.');
        if (data.GetValueOrDefault("title") is null or false)
        {
            data["title"] = PostData.Titleize(slug);
        }

        if (data.GetValueOrDefault("slug") is null or false)
        {
            data["slug"] = slug;
        }

        if (data.GetValueOrDefault("ext") is null or false)
        {
            data["ext"] = extension;
        }

        return compared;
    }

    // Document::DATE_FILENAME_MATCHER and DATELESS_FILENAME_MATCHER.
    [GeneratedRegex(@"^(?>.+/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$")]
    private static partial Regex DatedFileName();

    [GeneratedRegex(@"^(?:.+/)*(.*)(\.[^.]+)$")]
    private static partial Regex DatelessFileName();
}
