using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Tests.Conformance;

/// <summary>
/// The Liquid conformance site seen with a single case page: Jekyll aborts a whole build on the
/// first Liquid error, and so does our builder, so each case is built alone to keep one failing
/// case from hiding the others. Everything outside <c>cases/</c> (includes, data, posts), the
/// include_relative fragment folders and the pages that cases link to stay visible.
/// </summary>
internal sealed class CaseSourceTree(ISourceTree site, string casePath) : ISourceTree
{
    private readonly IReadOnlyList<string> _files = site.Files.Where(path => Keeps(path, casePath)).ToList();

    public IReadOnlyList<string> Files => _files;

    public byte[] Read(string path) => site.Read(path);

    public DateTimeOffset ModifiedTime(string path) => site.ModifiedTime(path);

    public bool Contains(string path) => site.Contains(path);

    private static bool Keeps(string path, string casePath) =>
        !path.StartsWith("cases/", StringComparison.Ordinal)
        || path == casePath
        || path == "cases/tags-jekyll/link-target.html"
        || path.Contains("/_fragments/", StringComparison.Ordinal)
        || path.Contains("/fragments/", StringComparison.Ordinal);
}
