namespace Ikim.Publisher.Site.Tests.Conformance;

/// <summary>Finds tests/Conformance from the test binaries, wherever the repository is checked out.</summary>
internal static class ConformancePaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "Conformance");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Conformance not found above " + AppContext.BaseDirectory);
    }
}
