using LibGit2Sharp;

namespace Ikim.Publisher.Git;

/// <summary>
/// The source files of one commit's tree, by path: what <see cref="GitSourceTree"/> lists, kept so
/// that the next commit's tree is listed by patching it with the difference of the two trees
/// instead of walking ten thousand entries through libgit2 again. Immutable.
/// </summary>
/// <param name="Tree">The root tree the listing is of.</param>
/// <param name="Blobs">Every source file's path ('/' separators) and blob id.</param>
public sealed record TreeListing(ObjectId Tree, IReadOnlyDictionary<string, ObjectId> Blobs)
{
    /// <summary>Lists <paramref name="tree"/>, from <paramref name="previous"/> when it is a listing of another tree of <paramref name="repository"/>.</summary>
    public static TreeListing Of(Repository repository, Tree tree, TreeListing? previous)
    {
        if (previous is not null && previous.Tree == tree.Id)
        {
            return previous;
        }

        return previous is not null && repository.Lookup<Tree>(previous.Tree) is { } old
            ? new TreeListing(tree.Id, Patched(repository, old, tree, previous.Blobs))
            : new TreeListing(tree.Id, Walked(tree));
    }

    /// <summary>A file's mode: not a symlink, a submodule or a folder.</summary>
    private static bool IsFile(Mode mode) => mode is Mode.NonExecutableFile or Mode.NonExecutableGroupWritableFile or Mode.ExecutableFile;

    /// <summary>Inside a folder named <c>.git</c>, which the walk does not enter.</summary>
    private static bool InGitFolder(string path) => path.StartsWith(".git/", StringComparison.Ordinal) || path.Contains("/.git/", StringComparison.Ordinal);

    private static Dictionary<string, ObjectId> Walked(Tree tree)
    {
        var blobs = new Dictionary<string, ObjectId>(StringComparer.Ordinal);
        Collect(tree, "", blobs);
        return blobs;
    }

    private static void Collect(Tree tree, string prefix, Dictionary<string, ObjectId> blobs)
    {
        foreach (var entry in tree)
        {
            var path = prefix + entry.Name;
            switch (entry.TargetType)
            {
                case TreeEntryTargetType.Tree when entry.Name != ".git":
                    Collect((Tree)entry.Target, path + "/", blobs);
                    break;
                case TreeEntryTargetType.Blob when IsFile(entry.Mode):
                    blobs[path] = entry.Target.Id;
                    break;
            }
        }
    }

    // libgit2 compares the two trees in C, skipping subtrees whose ids are equal: only the changed
    // entries cross into .NET. Without rename detection a move is a deletion and an addition.
    private static Dictionary<string, ObjectId> Patched(Repository repository, Tree old, Tree tree, IReadOnlyDictionary<string, ObjectId> previous)
    {
        var blobs = new Dictionary<string, ObjectId>(previous, StringComparer.Ordinal);
        using var changes = repository.Diff.Compare<TreeChanges>(old, tree, new CompareOptions { Similarity = SimilarityOptions.None });
        foreach (var change in changes)
        {
            blobs.Remove(change.OldPath);
            if (change.Exists && IsFile(change.Mode) && !InGitFolder(change.Path))
            {
                blobs[change.Path] = change.Oid;
            }
        }

        return blobs;
    }
}
