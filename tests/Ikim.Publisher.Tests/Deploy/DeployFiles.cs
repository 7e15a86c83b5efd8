namespace Ikim.Publisher.Tests.Deploy;

/// <summary>The repository's shipped <c>deploy/</c> recipes, found from the test's output folder.</summary>
internal static class DeployFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Path(string relative) => System.IO.Path.Combine(Root.Value, relative);

    public static string Read(string relative) => File.ReadAllText(Path(relative));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Ikim.Publisher.sln")))
            {
                return System.IO.Path.Combine(folder.FullName, "deploy");
            }
        }

        throw new InvalidOperationException($"No Ikim.Publisher.sln above {AppContext.BaseDirectory}: the deploy/ recipes cannot be found.");
    }
}
