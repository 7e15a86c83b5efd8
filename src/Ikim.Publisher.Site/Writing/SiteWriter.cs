using System.Collections.Concurrent;
using System.Text;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Incremental;
using Ikim.Publisher.Site.Rendering;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Writing;

/// <summary>
/// The write stage, planned before rendering so outputs are written as soon as they are rendered and
/// never held all at once: <see cref="Prepare"/> gives every page, static file and document its target
/// in Jekyll's Site#write order (pages, static files, documents: a later item wins a path two items
/// share, with a warning), checks every path stays inside the destination, removes what the build will
/// not write (Jekyll's Cleaner, <c>keep_files</c> kept) and creates the folders; <see cref="Place"/>
/// writes one rendered item; <see cref="Finish"/> copies static files and writes outputs only known
/// after rendering (source maps). Given the previous release's folder, a file whose bytes did not change
/// is hard-linked from it instead of written, and a reused render's file is linked without comparing.
/// A destination that already holds the previous output's files (<see cref="PrelinkedDestination"/>)
/// only has its changes made.
/// </summary>
/// <param name="previousOutput">The previous release's folder, existing and not the destination (the builder checks); null writes every file.</param>
/// <param name="prelinked">The previous output's files already hard-linked into the destination (relative paths, with their sizes); null when it holds none.</param>
internal sealed class SiteWriter(string destination, BuildDiagnostics diagnostics, string? previousOutput = null, IReadOnlyDictionary<string, long>? prelinked = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _root = Root(destination);
    private readonly Dictionary<object, string> _targets = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, object> _owners = new(StringComparer.Ordinal);
    private readonly PreviousOutput? _previous = previousOutput is null ? null : new PreviousOutput(previousOutput, Root(destination));
    private readonly PrelinkedDestination? _prelinked = previousOutput is null || prelinked is null ? null : new PrelinkedDestination(Root(destination), prelinked);
    private readonly ConcurrentDictionary<string, StaticFileRecord> _statics = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _written = [];
    private int _linked;

    /// <summary>Whether there is a previous output to link from (and so to reuse renders from).</summary>
    public bool HasPreviousOutput => _previous is not null;

    /// <summary>
    /// The files whose bytes this build wrote (relative, '/' separators): every other file placed is
    /// a hard link of the previous output's file at the same path, with its bytes, size and time.
    /// </summary>
    public IReadOnlyCollection<string> Written => _written;

    /// <summary>How many files were hard-linked from the previous output.</summary>
    public int Linked => _linked;

    public void Prepare(SiteContent content, IReadOnlyList<string> keepFiles)
    {
        var items = content.Pages.Select(p => ((object)p, p.OutputPath, p.SourcePath))
            .Concat(content.StaticFiles.Where(f => f.Write).Select(f => ((object)f, f.OutputPath, f.SourcePath)))
            .Concat(content.Documents.Where(d => d.Write).Select(d => ((object)d, d.OutputPath, d.SourcePath)));
        foreach (var (item, outputPath, sourcePath) in items)
        {
            var target = Target(outputPath, sourcePath);
            if (_owners.TryGetValue(target, out var other))
            {
                diagnostics.Warn(sourcePath, $"Conflict: {sourcePath} and {SourceOf(other)} are both written to {outputPath}; the later one wins.");
            }

            _owners[target] = item;
            _targets[item] = target;
        }

        Directory.CreateDirectory(_root);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        if (_prelinked is null)
        {
            new DestinationCleaner(_root, keepFiles).RemoveAllBut(_owners.Keys);
        }
        else
        {
            // Prelinked files this build does not write were the previous build's; nothing else is kept.
            existing = _prelinked.Keep(_owners.Keys.ToHashSet(StringComparer.Ordinal));
        }

        // Thousands of folders on a big site (one per post with pretty permalinks): on all cores;
        // creating a folder another thread created too is no error.
        Parallel.ForEach(_owners.Keys.Select(t => Path.GetDirectoryName(t)!).Where(f => !existing.Contains(f)).Distinct(StringComparer.Ordinal), folder => Directory.CreateDirectory(folder));
    }

    /// <summary>
    /// Whether the previous output has a plain file of <paramref name="length"/> bytes at <paramref name="outputPath"/>:
    /// what a reused render's file must be. A prelinked destination answers from the sizes it was given, without a system call.
    /// </summary>
    public bool PreviousHolds(string outputPath, long length)
    {
        var target = FullPath.Join(_root, outputPath);
        return _prelinked?.Holds(target, length) ?? _previous?.Holds(target, length) ?? false;
    }

    /// <summary>Whether the item has a file of its own: it is written and no later item takes its path.</summary>
    public bool OwnsFile(Convertible item) => _targets.TryGetValue(item, out var target) && ReferenceEquals(_owners[target], item);

    /// <summary>
    /// Writes a rendered page or document now, unless another item wins its path. Thread-safe: each
    /// target has exactly one owner, so the order of the calls cannot change the result.
    /// </summary>
    /// <param name="output">The text, or null when the render was reused: the previous output's file is linked.</param>
    /// <returns>The file written, or null when the item writes nothing.</returns>
    public string? Place(Convertible item, string? output)
    {
        if (!OwnsFile(item))
        {
            return null;
        }

        var target = _targets[item];
        Place(target, output is null ? null : () => Utf8.GetBytes(output));
        return target;
    }

    /// <summary>
    /// Copies the static files and writes the outputs rendering made on the side (source maps). A static
    /// file whose source content id and target are those the previous build wrote is linked unread.
    /// </summary>
    /// <param name="previousStatics">What the previous build wrote of static files (<see cref="StaticFiles"/>); ignored without a previous output.</param>
    /// <returns>Every file the build placed in the destination, linked ones included, relative with '/' separators.</returns>
    public IReadOnlyList<string> Finish(IReadOnlyList<RenderedItem> extra, ISourceTree source, IReadOnlyDictionary<string, StaticFileRecord>? previousStatics, CancellationToken cancellationToken)
    {
        var files = _owners.Where(owner => owner.Value is StaticFile).Select(owner => (Target: owner.Key, File: (StaticFile)owner.Value)).ToList();
        Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancellationToken }, file => PlaceStatic(file.Target, file.File, source, previousStatics));
        foreach (var item in extra)
        {
            var target = Target(item.Item.OutputPath, item.Item.SourcePath);
            if (_owners.TryAdd(target, item.Item))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                Place(target, () => Utf8.GetBytes(item.Output));
            }
        }

        return _owners.Keys.Select(Relative).ToList();
    }

    /// <summary>The static files written, by target relative to the destination: what the next build's <c>Finish</c> takes.</summary>
    public IReadOnlyDictionary<string, StaticFileRecord> StaticFiles => _statics;

    private void PlaceStatic(string target, StaticFile file, ISourceTree source, IReadOnlyDictionary<string, StaticFileRecord>? previousStatics)
    {
        var relative = Relative(target);
        if (source.ContentId(file.SourcePath) is not { } id)
        {
            Place(target, () => source.Read(file.SourcePath));
            return;
        }

        if (_previous is not null && previousStatics?.GetValueOrDefault(relative) is { } known && known.ContentId == id && _previous.Holds(target, known.Length))
        {
            Place(target, null);
            _statics[relative] = known;
            return;
        }

        var bytes = source.Read(file.SourcePath);
        Place(target, () => bytes);
        _statics[relative] = new StaticFileRecord(id, bytes.Length);
    }

    private string Relative(string target) => target[(_root.Length + 1)..].Replace('\\', '/');

    private void Place(string target, Func<byte[]>? content)
    {
        if (content is null)
        {
            // The render was reused: the previous output holds exactly these bytes (checked by size before reuse).
            if (_prelinked?.Holds(target) != true)
            {
                (_previous ?? throw new InvalidOperationException($"{target} was reused but there is no previous output")).LinkUnchanged(target);
            }

            Interlocked.Increment(ref _linked);
            return;
        }

        var bytes = content();
        if (_previous is null)
        {
            File.WriteAllBytes(target, bytes);
            _written.Add(Relative(target));
            return;
        }

        if (_prelinked?.Holds(target) == true ? _previous.Holds(target, bytes) : _previous.TryLink(target, bytes))
        {
            Interlocked.Increment(ref _linked);
            return;
        }

        // A file left in the destination may be a link into a sealed release: replace it, never write through it.
        File.Delete(target);
        File.WriteAllBytes(target, bytes);
        _written.Add(Relative(target));
    }

    /// <summary>The destination's full path, without a trailing separator: targets are this, '/', the output path.</summary>
    private static string Root(string destination) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(destination));

    private static string SourceOf(object item) => item switch
    {
        Convertible convertible => convertible.SourcePath,
        StaticFile file => file.SourcePath,
        _ => "?",
    };

    private string Target(string outputPath, string sourcePath)
    {
        var target = FullPath.Join(_root, outputPath);
        if (!target.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new SiteBuildException(new SourcePosition(sourcePath, 0, 0), $"output path '{outputPath}' is outside the destination");
        }

        return target;
    }
}
