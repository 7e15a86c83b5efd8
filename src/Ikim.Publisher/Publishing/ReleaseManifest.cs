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
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => f != manifestRelativePath)
            .Order(StringComparer.Ordinal)
            .ToList();
        using var tree = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var stream = File.OpenRead(Path.Combine(root, file));
            var digest = Convert.ToHexStringLower(SHA256.HashData(stream));
            tree.AppendData(Encoding.UTF8.GetBytes($"{file}\0{digest}\n"));
        }

        return (files.Count, "sha256:" + Convert.ToHexStringLower(tree.GetHashAndReset()));
    }
}
