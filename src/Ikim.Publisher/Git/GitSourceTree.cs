using Ikim.Publisher.Site.Sources;
using LibGit2Sharp;

namespace Ikim.Publisher.Git;

/// <summary>
/// A commit's tree as a build source: files are read from the object database, no
/// checkout. Every file's modification time is the commit time, so builds of the same
/// commit are identical. Symlinks and submodules are skipped, as Jekyll's safe mode does.
/// </summary>
public sealed class GitSourceTree : ISourceTree, IDisposable
{
    private readonly Repository _repository;
    private readonly IReadOnlyDictionary<string, ObjectId> _blobs;
    private readonly DateTimeOffset _time;
    private readonly Lock _gate = new();
    private readonly CancellationToken _cancellationToken;

    private GitSourceTree(Repository repository, Commit commit, TreeListing? previous, CancellationToken cancellationToken)
    {
        _repository = repository;
        _cancellationToken = cancellationToken;
        _time = commit.Committer.When;
        Listing = TreeListing.Of(repository, commit.Tree, previous);
        _blobs = Listing.Blobs;
        Files = _blobs.Keys.Order(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<string> Files { get; }

    /// <summary>This tree's files, for listing the next commit's tree from (<see cref="Open"/>).</summary>
    public TreeListing Listing { get; }

    /// <param name="cancellationToken">Checked on every read, so a build timeout or a shutdown stops the read stage too.</param>
    /// <param name="previous">The listing of an earlier tree of the repository (the last one built): the new tree is listed by patching it with the difference.</param>
    public static GitSourceTree Open(string repositoryPath, string sha, CancellationToken cancellationToken = default, TreeListing? previous = null)
    {
        var repository = new Repository(repositoryPath);
        try
        {
            var commit = repository.Lookup<Commit>(sha) ?? throw new InvalidOperationException($"Commit {sha} is not in {repositoryPath}.");
            return new GitSourceTree(repository, commit, previous, cancellationToken);
        }
        catch
        {
            repository.Dispose();
            throw;
        }
    }

    public bool Contains(string path) => _blobs.ContainsKey(path);

    public string? ContentId(string path) => _blobs.TryGetValue(path, out var id) ? id.Sha : null;

    public DateTimeOffset ModifiedTime(string path) => _time;

    // libgit2 object reads through one Repository handle are serialised: renders run in parallel.
    public byte[] Read(string path)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (!_blobs.TryGetValue(path, out var id))
        {
            throw new FileNotFoundException($"'{path}' is not part of the commit.", path);
        }

        lock (_gate)
        {
            var blob = _repository.Lookup<Blob>(id);
            using var stream = blob.GetContentStream();
            var bytes = new byte[blob.Size];
            stream.ReadExactly(bytes);
            return bytes;
        }
    }

    public void Dispose() => _repository.Dispose();
}
