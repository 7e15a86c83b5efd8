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
/// Every path is checked to stay inside the destination before anything is written. Given the previous
/// release's folder, a file whose bytes did not change is hard-linked from it instead of written.
/// </summary>
internal sealed class SiteWriter(string destination, BuildDiagnostics diagnostics, string? previousOutput = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _root = Path.GetFullPath(destination);
    private int _linked;

    /// <summary>How many of the files the last <see cref="Write"/> placed were hard-linked from the previous output.</summary>
    public int Linked => _linked;

    public int Write(IReadOnlyList<RenderedItem> rendered, IReadOnlyList<StaticFile> staticFiles, ISourceTree source, IReadOnlyList<string> keepFiles, CancellationToken cancellationToken)
    {
        var files = rendered.Where(r => r.Item is Page).Select(Rendered)
            .Concat(staticFiles.Where(f => f.Write).Select(f => Copied(f, source)))
            .Concat(rendered.Where(r => r.Item is Document).Select(Rendered))
            .ToList();

        // One write per target: the later item wins a shared path, as when they were written in turn.
        var targets = new Dictionary<string, (string SourcePath, Func<byte[]>? Bytes)>(StringComparer.Ordinal);
        foreach (var (outputPath, sourcePath, bytes) in files)
        {
            var target = Target(outputPath, sourcePath);
            if (targets.TryGetValue(target, out var other))
            {
                diagnostics.Warn(sourcePath, $"Conflict: {sourcePath} and {other.SourcePath} are both written to {outputPath}; the later one wins.");
            }

            targets[target] = (sourcePath, bytes);
        }

        Directory.CreateDirectory(_root);
        new DestinationCleaner(_root, keepFiles).RemoveAllBut(targets.Keys);
        foreach (var folder in targets.Keys.Select(t => Path.GetDirectoryName(t)!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        // Encoding and the write syscalls cost CPU, not only disk time: spread them over the cores.
        // Each target has exactly one writer, so the order of the writes cannot change the result.
        var previous = PreviousFolder();
        _linked = 0;
        Parallel.ForEach(targets, new ParallelOptions { CancellationToken = cancellationToken }, entry => Place(entry.Key, entry.Value.Bytes, previous));

        return targets.Count;
    }

    private static (string OutputPath, string SourcePath, Func<byte[]>? Bytes) Copied(StaticFile file, ISourceTree source) =>
        (file.OutputPath, file.SourcePath, () => source.Read(file.SourcePath));

    /// <summary>A rendered item's file: its text as UTF-8, or no bytes when it is unchanged and linked from the previous output.</summary>
    private static (string OutputPath, string SourcePath, Func<byte[]>? Bytes) Rendered(RenderedItem item) =>
        (item.Item.OutputPath, item.Item.SourcePath, item.Output is { } text ? () => Utf8.GetBytes(text) : null);

    private void Place(string target, Func<byte[]>? content, PreviousOutput? previous)
    {
        if (content is null)
        {
            // The render was reused: the previous output holds exactly these bytes (checked by size before reuse).
            (previous ?? throw new InvalidOperationException($"{target} was reused but there is no previous output")).LinkUnchanged(target);
            Interlocked.Increment(ref _linked);
            return;
        }

        var bytes = content();
        if (previous is null)
        {
            File.WriteAllBytes(target, bytes);
            return;
        }

        if (previous.TryLink(target, bytes))
        {
            Interlocked.Increment(ref _linked);
            return;
        }

        // A file left in the destination may be a link into a sealed release: replace it, never write through it.
        File.Delete(target);
        File.WriteAllBytes(target, bytes);
    }

    private PreviousOutput? PreviousFolder()
    {
        if (previousOutput is null || !Directory.Exists(previousOutput))
        {
            return null;
        }

        var root = Path.GetFullPath(previousOutput);
        return root == _root ? null : new PreviousOutput(root, _root);
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
