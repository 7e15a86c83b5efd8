using System.Reflection;
using LibGit2Sharp;

namespace Ikim.Publisher.Git;

/// <summary>
/// Creates the embedded default: a bare repository holding the starter IKIM site
/// (embedded in this program under <c>StarterSite/</c>), committed on the publishing branch.
/// </summary>
public static class StarterRepository
{
    private const string ResourcePrefix = "StarterSite/";

    public static string Create(string path, string branch, DateTimeOffset time)
    {
        Directory.CreateDirectory(path);
        Repository.Init(path, isBare: true);
        using var repository = new Repository(path);

        var tree = new TreeDefinition();
        foreach (var (name, content) in Files())
        {
            using var stream = new MemoryStream(content);
            tree.Add(name, repository.ObjectDatabase.CreateBlob(stream), Mode.NonExecutableFile);
        }

        var signature = new Signature("Ikim.Publisher", "publisher@localhost", time);
        var commit = repository.ObjectDatabase.CreateCommit(
            signature, signature, "Start the IKIM site\n\nSeeded by Ikim.Publisher's embedded default.\n",
            repository.ObjectDatabase.CreateTree(tree), [], prettifyMessage: false);
        repository.Refs.Add($"refs/heads/{branch}", commit.Id);
        repository.Refs.UpdateTarget("HEAD", $"refs/heads/{branch}");
        return commit.Sha;
    }

    /// <summary>The starter site's files, as '/'-separated paths and their bytes.</summary>
    public static IEnumerable<(string Path, byte[] Content)> Files()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            yield return (resource[ResourcePrefix.Length..].Replace('\\', '/'), buffer.ToArray());
        }
    }
}
