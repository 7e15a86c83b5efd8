using System.Text;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Rendering;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Writing;

/// <summary>
/// The write stage: pages, then static files, then documents into the destination, as Jekyll's
/// Site#write orders them (a later item wins a path two items share, with a warning); then, as Jekyll's
/// Cleaner, anything the build did not write is removed unless <c>keep_files</c> names it.
/// Every path is checked to stay inside the destination before anything is written.
/// </summary>
internal sealed class SiteWriter(string destination, BuildDiagnostics diagnostics)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _root = Path.GetFullPath(destination);

    public int Write(IReadOnlyList<RenderedItem> rendered, IReadOnlyList<StaticFile> staticFiles, ISourceTree source, IReadOnlyList<string> keepFiles, CancellationToken cancellationToken)
    {
        var files = rendered.Where(r => r.Item is Page)
            .Select(r => (r.Item.OutputPath, r.Item.SourcePath, Write: (Action<string>)(target => File.WriteAllText(target, r.Output, Utf8))))
            .Concat(staticFiles.Where(f => f.Write).Select(f => (f.OutputPath, f.SourcePath, Write: (Action<string>)(target => File.WriteAllBytes(target, source.Read(f.SourcePath))))))
            .Concat(rendered.Where(r => r.Item is Document).Select(r => (r.Item.OutputPath, r.Item.SourcePath, Write: (Action<string>)(target => File.WriteAllText(target, r.Output, Utf8)))))
            .ToList();

        // One write per target: the later item wins a shared path, as when they were written in turn.
        var targets = new Dictionary<string, (string SourcePath, Action<string> Write)>(StringComparer.Ordinal);
        foreach (var (outputPath, sourcePath, write) in files)
        {
            var target = Target(outputPath, sourcePath);
            if (targets.TryGetValue(target, out var other))
            {
                diagnostics.Warn(sourcePath, $"Conflict: {sourcePath} and {other.SourcePath} are both written to {outputPath}; the later one wins.");
            }

            targets[target] = (sourcePath, write);
        }

        Directory.CreateDirectory(_root);
        new DestinationCleaner(_root, keepFiles).RemoveAllBut(targets.Keys);
        foreach (var folder in targets.Keys.Select(t => Path.GetDirectoryName(t)!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        // Encoding and the write syscalls cost CPU, not only disk time: spread them over the cores.
        // Each target has exactly one writer, so the order of the writes cannot change the result.
        Parallel.ForEach(targets, new ParallelOptions { CancellationToken = cancellationToken }, entry => entry.Value.Write(entry.Key));

        return targets.Count;
    }

    private string Target(string outputPath, string sourcePath)
    {
        var target = Path.GetFullPath(Path.Combine(_root, outputPath));
        if (!target.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new SiteBuildException(new SourcePosition(sourcePath, 0, 0), $"output path '{outputPath}' is outside the destination");
        }

        return target;
    }
}
