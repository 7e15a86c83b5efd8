using System.Text;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Rendering;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Writing;

/// <summary>
/// The write stage: rendered pages and static files into the destination folder.
/// Every path is checked to stay inside the destination before anything is written.
/// </summary>
internal sealed class SiteWriter(string destination)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _root = Path.GetFullPath(destination);

    public int Write(IReadOnlyList<RenderedPage> pages, IReadOnlyList<StaticFile> staticFiles, ISourceTree source, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_root);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in staticFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var target = Target(file.OutputPath, file.SourcePath);
            written.Add(file.OutputPath);
            File.WriteAllBytes(target, source.Read(file.SourcePath));
        }

        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var target = Target(page.Page.OutputPath, page.Page.SourcePath);
            written.Add(page.Page.OutputPath);
            File.WriteAllText(target, page.Output, Utf8);
        }

        return written.Count;
    }

    private string Target(string outputPath, string sourcePath)
    {
        var target = Path.GetFullPath(Path.Combine(_root, outputPath));
        if (!target.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new SiteBuildException(new SourcePosition(sourcePath, 0, 0), $"output path '{outputPath}' is outside the destination");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return target;
    }
}
