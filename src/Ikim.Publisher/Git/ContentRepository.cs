using LibGit2Sharp;

namespace Ikim.Publisher.Git;

/// <summary>
/// The worker's own bare mirror of the content repository. It is only ever fetched into
/// (never checked out): builds read commits straight from its object database. It is a cache:
/// when it is damaged it is thrown away and fetched again.
/// </summary>
public sealed class ContentRepository
{
    private const string RemoteName = "origin";
    private readonly string _url;
    private readonly string _branch;
    private readonly GitCredentials? _credentials;
    private readonly SshCommand? _ssh;
    private TreeListing? _lastListing;

    public ContentRepository(string cachePath, string url, string branch, GitCredentials? credentials = null, SshCommand? ssh = null)
    {
        CachePath = cachePath;
        _url = url;
        _branch = branch;
        _credentials = credentials;
        _ssh = ssh;
    }

    public string CachePath { get; }

    /// <summary>The remote as a site may see it (<c>site.github</c>): credentials and known secrets masked.</summary>
    public string RedactedUrl => _credentials is null ? RemoteUrl.Redact(_url) : _credentials.Redact(RemoteUrl.Redact(_url));

    /// <summary>The publishing branch.</summary>
    public string Branch => _branch;

    private string TrackingRef => $"refs/remotes/{RemoteName}/{_branch}";

    /// <summary>
    /// Fetches the publishing branch. The refspec is forced ('+'), so a force-pushed or
    /// recreated branch, or a replaced repository, simply moves the tracking ref; a deleted
    /// branch is pruned. Returns the branch head, or null when the remote has no such branch.
    /// Throws <see cref="FetchException"/> with a cause fit for logs (secrets masked).
    /// </summary>
    public CommitInfo? Fetch(CancellationToken cancellationToken = default)
    {
        var options = new FetchOptions
        {
            Prune = true,
            TagFetchMode = TagFetchMode.None,
            CredentialsProvider = _credentials?.ForOneFetch(),
            // Returning false from a progress callback makes libgit2 abort: how a shutdown stops a long fetch.
            OnProgress = _ => !cancellationToken.IsCancellationRequested,
            OnTransferProgress = _ => !cancellationToken.IsCancellationRequested,
        };
        try
        {
            using var repository = OpenMirror();
            ConfigureSsh(repository);
            Commands.Fetch(repository, RemoteName, [$"+refs/heads/{_branch}:{TrackingRef}"], options, logMessage: null);
            return Head(repository);
        }
        catch (Exception ex) when (ex is LibGit2SharpException or IOException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cause = Cause(ex);
            throw new FetchException(cause, FetchFailureClassifier.Classify(cause));
        }
    }

    /// <summary>The branch head as last fetched, without touching the network.</summary>
    public CommitInfo? LastFetchedHead()
    {
        if (!Repository.IsValid(CachePath))
        {
            return null;
        }

        using var repository = new Repository(CachePath);
        return Head(repository);
    }

    /// <summary>
    /// A commit's tree as a build source. The tree is listed from the last one opened (the
    /// difference of two commits of a one-page edit is a few entries; walking a 10,000-file tree
    /// through libgit2 took 40–90 ms of every build).
    /// </summary>
    public GitSourceTree OpenTree(string sha, CancellationToken cancellationToken = default)
    {
        var tree = GitSourceTree.Open(CachePath, sha, cancellationToken, _lastListing);
        _lastListing = tree.Listing;
        return tree;
    }

    /// <summary>
    /// Removes the lock files a killed fetch leaves in the mirror (refs, packed-refs, config),
    /// which would make every later fetch fail. Only safe while no other process uses the
    /// mirror: the worker calls it at start, holding the worker lock.
    /// </summary>
    public IReadOnlyList<string> RemoveStaleLocks() =>
        Directory.Exists(CachePath)
            ? Directory.EnumerateFiles(CachePath, "*.lock", SearchOption.AllDirectories).Select(file =>
            {
                File.Delete(file);
                return file;
            }).ToList()
            : [];

    private string Cause(Exception ex)
    {
        var cause = ex.Message;
        if (_ssh?.LastError() is { } sshSaid)
        {
            cause = $"{sshSaid} ({cause})";
        }

        return _credentials is null ? RemoteUrl.RedactAll(cause) : _credentials.Redact(cause);
    }

    private CommitInfo? Head(Repository repository) =>
        repository.Refs[TrackingRef]?.ResolveToDirectReference()?.Target is Commit commit ? CommitInfo.From(commit) : null;

    /// <summary>Opens the mirror; one that libgit2 cannot open is rebuilt from scratch (it is only a cache).</summary>
    private Repository OpenMirror()
    {
        try
        {
            return OpenOrCreate();
        }
        catch (LibGit2SharpException)
        {
            Directory.Delete(CachePath, recursive: true);
            return OpenOrCreate();
        }
    }

    private Repository OpenOrCreate()
    {
        if (!Repository.IsValid(CachePath))
        {
            // Half-created (killed during the first fetch) or damaged: it is only a cache, start again.
            if (Directory.Exists(CachePath))
            {
                Directory.Delete(CachePath, recursive: true);
            }

            Directory.CreateDirectory(CachePath);
            Repository.Init(CachePath, isBare: true);
        }

        var repository = new Repository(CachePath);
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

    private void ConfigureSsh(Repository repository)
    {
        var configured = repository.Config.Get<string>("core.sshCommand")?.Value;
        if (_ssh is null)
        {
            if (configured is not null)
            {
                repository.Config.Unset("core.sshCommand");
            }

            return;
        }

        _ssh.Prepare();
        if (configured != _ssh.ScriptPath)
        {
            repository.Config.Set("core.sshCommand", _ssh.ScriptPath);
        }
    }
}
