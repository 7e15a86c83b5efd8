namespace Ikim.Publisher.Site;

/// <summary>
/// What the caller knows about the Git repository a site is built from, for jekyll-github-metadata's
/// <c>site.github</c>. The builder never opens Git itself: the worker passes its remote, branch and commit,
/// the <c>build</c> command reads the source folder's repository. Any part may be unknown (null).
/// </summary>
/// <param name="RemoteUrl">The <c>origin</c> remote; only the owner and name are taken from it, never credentials.</param>
/// <param name="Branch">The branch being published (<c>site.github.source.branch</c>).</param>
/// <param name="CommitSha">The commit being built (<c>site.github.build_revision</c>).</param>
public sealed record RepositoryMetadata(string? RemoteUrl, string? Branch, string? CommitSha);
