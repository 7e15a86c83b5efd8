using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ikim.Publisher.Publishing;

/// <summary>
/// What a release is, written into the release and served with the site
/// (<c>/.well-known/ikim-publisher.json</c> by default). The live commit is read back
/// from here after a restart: there is no separate state file to get out of step.
/// </summary>
public sealed record ReleaseManifest(
    string Release,
    string Commit,
    string Author,
    DateTimeOffset CommitTime,
    string Message,
    string BuilderVersion,
    DateTimeOffset BuiltAt,
    int Files,
    string ContentHash)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public void WriteTo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // A new file, never a write into the one there: a site file at this path may be hard-linked
        // from a sealed release, and writing through it would change that release too.
        File.Delete(path);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n", new UTF8Encoding(false));
    }

    public static ReleaseManifest? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<ReleaseManifest>(File.ReadAllText(path), Json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>True when the files under <paramref name="releasePath"/> are exactly the ones this manifest describes.</summary>
    public bool Matches(string releasePath, string manifestRelativePath)
    {
        var (files, hash) = HashTree(releasePath, manifestRelativePath);
        return files == Files && hash == ContentHash;
    }

    /// <summary>
    /// SHA-256 over every file of the release but the manifest, in ordinal path order:
    /// "path NUL sha256(content) LF" per file. Equal hashes mean byte-identical trees.
    /// </summary>
    public static (int Files, string Hash) HashTree(string root, string manifestRelativePath, CancellationToken cancellationToken = default)
    {
        var (files, hash, _) = HashTree(root, manifestRelativePath, null, cancellationToken);
        return (files, hash);
    }

    /// <summary>
    /// <see cref="HashTree(string, string, CancellationToken)"/>, taking each file's digest from
    /// <paramref name="known"/> when the file there has the same path, size and modification time (a
    /// file hard-linked from the previous release keeps all three), and hashing the others on all cores.
    /// </summary>
    /// <returns>The digests of this tree, to pass as <paramref name="known"/> for the next release.</returns>
    /// <param name="listed">The files under <paramref name="root"/> (relative, '/' separators) when the caller knows them (the build that wrote them): the tree is then not walked.</param>
    /// <param name="changed">
    /// The files of <paramref name="listed"/> the caller wrote, when it knows that every other one is a
    /// hard link of the file at the same path in the release <paramref name="known"/> describes: those
    /// take their known entry without a look at the file. Null looks at every file.
    /// </param>
    public static (int Files, string Hash, FileDigests Digests) HashTree(string root, string manifestRelativePath, FileDigests? known, CancellationToken cancellationToken = default, IEnumerable<string>? listed = null, IReadOnlyCollection<string>? changed = null)
    {
        var written = changed?.ToHashSet(StringComparer.Ordinal);
        var files = (listed ?? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => f != manifestRelativePath)
            .Order(StringComparer.Ordinal)
            .ToList();
        var digests = new FileDigests.Entry[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            if (written is not null && !written.Contains(files[i]) && known?.Entries.GetValueOrDefault(files[i]) is { } linked)
            {
                digests[i] = linked;
                return;
            }

            var info = new FileInfo(Path.Combine(root, files[i]));
            var entry = new FileDigests.Entry(info.Length, info.LastWriteTimeUtc, "");
            digests[i] = known?.Find(files[i], entry) ?? entry with { Digest = Digest(info) };
        });

        using var tree = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var i = 0; i < files.Count; i++)
        {
            tree.AppendData(Encoding.UTF8.GetBytes($"{files[i]}\0{digests[i].Digest}\n"));
        }

        return (files.Count, "sha256:" + Convert.ToHexStringLower(tree.GetHashAndReset()), new FileDigests(files.Zip(digests).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal)));
    }

    private static string Digest(FileInfo file)
    {
        using var stream = file.OpenRead();
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

/// <summary>The SHA-256 of each file of a release, with the size and modification time it was computed for.</summary>
public sealed class FileDigests(IReadOnlyDictionary<string, FileDigests.Entry> entries)
{
    private IReadOnlyDictionary<string, long>? _sizes;

    /// <summary>Every file's size in bytes, by path (computed when first asked).</summary>
    public IReadOnlyDictionary<string, long> Sizes => _sizes ??= entries.ToDictionary(entry => entry.Key, entry => entry.Value.Length, StringComparer.Ordinal);

    /// <summary>Every file's entry, by path.</summary>
    public IReadOnlyDictionary<string, Entry> Entries => entries;

    /// <summary>The known digest when <paramref name="file"/> has the size and time it had; null otherwise.</summary>
    public Entry? Find(string path, Entry file) =>
        entries.TryGetValue(path, out var known) && known.Length == file.Length && known.Modified == file.Modified ? known : null;

    public sealed record Entry(long Length, DateTime Modified, string Digest);
}
