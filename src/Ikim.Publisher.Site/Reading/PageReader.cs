using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// Reads the files outside the special folders: those with front matter are pages,
/// the rest are static files copied as they are.
/// </summary>
internal sealed class PageReader(ISourceTree tree, SiteConfiguration configuration)
{
    public (IReadOnlyList<Page> Pages, IReadOnlyList<StaticFile> StaticFiles) Read()
    {
        var filter = new EntryFilter(configuration);
        var markdownExtensions = configuration.MarkdownExtensions;
        var pages = new List<Page>();
        var staticFiles = new List<StaticFile>();
        foreach (var path in tree.Files)
        {
            if (!filter.Accepts(path))
            {
                continue;
            }

            var bytes = tree.Read(path);
            if (!FrontMatter.HasFrontMatter(bytes))
            {
                staticFiles.Add(new StaticFile(path, path, tree.ModifiedTime(path)));
                continue;
            }

            var frontMatter = FrontMatter.TryParse(SourceText.Decode(bytes), path)!;
            var isMarkdown = markdownExtensions.Contains(Path.GetExtension(path));
            var outputExtension = isMarkdown ? ".html" : Path.GetExtension(path);
            var (url, outputPath) = PageUrl.Resolve(path, outputExtension, frontMatter.Data, configuration);
            pages.Add(new Page
            {
                SourcePath = path,
                FrontMatter = frontMatter,
                Url = url,
                OutputPath = outputPath,
                IsMarkdown = isMarkdown,
            });
        }

        return (pages, staticFiles);
    }
}
