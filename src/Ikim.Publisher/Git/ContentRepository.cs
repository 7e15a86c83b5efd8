using LibGit2Sharp;

namespace Ikim.Publisher.Git;

/// <summary>
/// The worker's own bare mirror of the content repository. It is only ever fetched into
/// (never checked out): builds read commits straight from its object database.
/// </summary>
public sealed class ContentRepository
{
    private const string RemoteName = "origin";
    private readonly string _cachePath;
    private readonly string _url;
    private readonly string _branch;

    public ContentRepository(string cachePath, string url, string branch)
    {
        _cachePath = cachePath;
        _url = url;
        _branch = branch;
    }

    public string CachePath => _cachePath;

    private string TrackingRef => $"refs/remotes/{RemoteName}/{_branch}";

    /// <summary>
    /// Fetches the publishing branch. The refspec is forced ('+'), so a force-pushed or
    /// recreated branch simply moves the tracking ref. Returns the branch head, or null
    /// when the remote has no such branch.
    /// </summary>
    public CommitInfo? Fetch()
    {
        using var repository = OpenOrCreate();
        var refspec = $"+refs/heads/{_branch}:{TrackingRef}";
        Commands.Fetch(repository, RemoteName, [refspec], new FetchOptions { Prune = true, TagFetchMode = TagFetchMode.None }, logMessage: null);
        return Head(repository);
    }

    /// <summary>The branch head as last fetched, without touching the network.</summary>
    public CommitInfo? LastFetchedHead()
    {
        if (!Repository.IsValid(_cachePath))
        {
            return null;
        }

        using var repository = new Repository(_cachePath);
        return Head(repository);
    }

    public GitSourceTree OpenTree(string sha) => GitSourceTree.Open(_cachePath, sha);

    private CommitInfo? Head(Repository repository) =>
        repository.Refs[TrackingRef]?.ResolveToDirectReference()?.Target is Commit commit ? CommitInfo.From(commit) : null;

    private Repository OpenOrCreate()
    {
        if (!Repository.IsValid(_cachePath))
        {
            Directory.CreateDirectory(_cachePath);
            Repository.Init(_cachePath, isBare: true);
        }

        var repository = new Repository(_cachePath);
        var remote = repository.Network.Remotes[RemoteName];
        if (remote is null)
        {
            repository.Network.Remotes.Add(RemoteName, _url);
        }
        else if (remote.Url != _url)
        {
            // The configured remote changed (repository replaced): follow the configuration.
            repository.Network.Remotes.Update(RemoteName, r => r.Url = _url);
        }

        return repository;
    }
}
