using System.Text;
using Ikim.Publisher.Git;
using Ikim.Publisher.Tests.Support;
using LibGit2Sharp;

namespace Ikim.Publisher.Tests.Git;

/// <summary>
/// A commit's tree listed by patching the previous commit's listing with the difference of the two
/// trees must list exactly what walking the tree lists, whatever the edit: files changed, added and
/// removed, a file becoming a folder and back, a symlink becoming a file and a file a symlink, an
/// executable bit, a submodule. The commits are made straight in a bare repository, so every mode
/// Git knows can be written.
/// </summary>
public sealed class TreeListingTests : IDisposable
{
    private readonly TempFolder _folder = new("ikim-tree-listing");

    [Fact]
    public void A_tree_listed_from_the_previous_listing_equals_the_tree_walked()
    {
        var path = _folder.Combine("site.git");
        Repository.Init(path, isBare: true);
        var commits = new List<string>();
        using (var repository = new Repository(path))
        {
            var first = Commit(repository, null, new()
            {
                ["index.md"] = ("home\n", Mode.NonExecutableFile),
                ["_posts/2024-01-01-a.md"] = ("a\n", Mode.NonExecutableFile),
                ["people/alice/index.md"] = ("alice\n", Mode.NonExecutableFile),
                ["notes"] = ("a file that becomes a folder\n", Mode.NonExecutableFile),
                ["scripts/run.sh"] = ("#!/bin/sh\n", Mode.NonExecutableFile),
                ["latest.md"] = ("index.md", Mode.SymbolicLink),
            });
            var second = Commit(repository, first, new()
            {
                ["index.md"] = ("home, edited\n", Mode.NonExecutableFile),
                ["_posts/2024-01-01-a.md"] = ("a\n", Mode.NonExecutableFile),
                ["_posts/2024-02-01-b.md"] = ("b\n", Mode.NonExecutableFile),
                ["_posts/2024-03-01-link.md"] = ("2024-01-01-a.md", Mode.SymbolicLink),
                ["notes/one.md"] = ("now a folder\n", Mode.NonExecutableFile),
                ["scripts/run.sh"] = ("#!/bin/sh\n", Mode.ExecutableFile),
                ["latest.md"] = ("no longer a link\n", Mode.NonExecutableFile),
            }, submodule: "vendor/theme");
            var third = Commit(repository, second, new()
            {
                ["index.md"] = ("home, edited\n", Mode.NonExecutableFile),
                ["notes"] = ("a file again\n", Mode.NonExecutableFile),
                ["latest.md"] = ("index.md", Mode.SymbolicLink),
                ["people/bob/index.md"] = ("bob\n", Mode.NonExecutableFile),
            });
            commits.AddRange([first.Sha, second.Sha, third.Sha]);
        }

        using var walkedFirst = GitSourceTree.Open(path, commits[0]);
        var previous = walkedFirst.Listing;
        foreach (var sha in new[] { commits[1], commits[2], commits[0], commits[2] })
        {
            using var patched = GitSourceTree.Open(path, sha, previous: previous);
            using var walked = GitSourceTree.Open(path, sha);
            Assert.Equal(walked.Files, patched.Files);
            Assert.Equal(walked.Files.Select(walked.ContentId), patched.Files.Select(patched.ContentId));
            previous = patched.Listing;
        }

        using var afterEdits = GitSourceTree.Open(path, commits[1], previous: walkedFirst.Listing);
        Assert.Equal(["_posts/2024-01-01-a.md", "_posts/2024-02-01-b.md", "index.md", "latest.md", "notes/one.md", "scripts/run.sh"], afterEdits.Files);
    }

    private static Commit Commit(Repository repository, Commit? parent, Dictionary<string, (string Text, Mode Mode)> files, string? submodule = null)
    {
        var tree = new TreeDefinition();
        foreach (var (file, (text, mode)) in files)
        {
            tree.Add(file, repository.ObjectDatabase.CreateBlob(new MemoryStream(Encoding.UTF8.GetBytes(text))), mode);
        }

        if (submodule is not null)
        {
            tree.AddGitLink(submodule, new ObjectId("0123456789abcdef0123456789abcdef01234567"));
        }

        var signature = new Signature("Erika Editor", "erika@example.org", DateTimeOffset.UnixEpoch.AddDays(20000 + files.Count));
        return repository.ObjectDatabase.CreateCommit(signature, signature, "edit", repository.ObjectDatabase.CreateTree(tree), parent is null ? [] : [parent], prettifyMessage: false);
    }

    public void Dispose() => _folder.Dispose();
}
