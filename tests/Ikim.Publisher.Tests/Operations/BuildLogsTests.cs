using Ikim.Publisher.Operations;
using Ikim.Publisher.Options;
using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Ikim.Publisher.Tests.Operations;

public sealed class BuildLogsTests
{
    [Fact]
    public void Logs_of_kept_releases_and_the_newest_few_stay_the_rest_go()
    {
        using var temp = new TempFolder();
        var logs = Create(temp, keep: 2);
        Directory.CreateDirectory(logs.Folder);
        string[] ids = ["20260101T000000000Z-aaaaaaaaaaaa", "20260102T000000000Z-bbbbbbbbbbbb", "20260103T000000000Z-cccccccccccc", "20260104T000000000Z-dddddddddddd", "20260105T000000000Z-eeeeeeeeeeee"];
        foreach (var id in ids)
        {
            File.WriteAllText(logs.PathFor(id)!, "{}\n");
        }

        var removed = logs.Prune(new HashSet<string> { ids[0] });

        Assert.Equal([ids[2], ids[1]], removed);
        Assert.True(logs.Exists(ids[0]));
        Assert.True(logs.Exists(ids[3]));
        Assert.True(logs.Exists(ids[4]));
        Assert.Null(logs.PathFor("../current"));
        Assert.Null(logs.PathFor(".hidden"));
        Assert.Null(logs.Read("../../etc/passwd"));
    }

    private static BuildLogs Create(TempFolder temp, int keep)
    {
        var environment = new Environment { ContentRootPath = temp.Path };
        var paths = new PublisherPaths(
            environment,
            Microsoft.Extensions.Options.Options.Create(new RepositoryOptions { Url = "x" }),
            Microsoft.Extensions.Options.Options.Create(new ReleaseOptions { Root = "site" }),
            Microsoft.Extensions.Options.Options.Create(new SiteOptions()));
        return new BuildLogs(paths, Microsoft.Extensions.Options.Options.Create(new OperationsOptions { BuildLogsKeep = keep }));
    }

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = "";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
