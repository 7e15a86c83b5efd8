using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;

namespace Ikim.Publisher.Tests.Deploy;

/// <summary>
/// A server as deploy/ sets it up, in a temp folder: an editor's repository holding a small
/// Jekyll site, the worker publishing it with its own serving off, and the shipped nginx site in
/// front. Started with the first commit live.
/// </summary>
internal sealed class NginxDeployment : IAsyncDisposable
{
    private const string Layout = "<!DOCTYPE html>\n<title>{{ page.title }}</title>\n<main>{{ content }}</main>\n";
    private readonly TempFolder _temp;

    private NginxDeployment(TempFolder temp, EditorRepository editor, RunningPublisher publisher, NginxServer nginx, string firstCommit)
    {
        _temp = temp;
        Editor = editor;
        Publisher = publisher;
        Nginx = nginx;
        FirstCommit = firstCommit;
    }

    public EditorRepository Editor { get; }

    public RunningPublisher Publisher { get; }

    public NginxServer Nginx { get; }

    public string FirstCommit { get; }

    public static async Task<NginxDeployment> StartAsync(string metricsAllow, string pollInterval = "00:00:00.100", IDictionary<string, string?>? settings = null)
    {
        var temp = new TempFolder();
        var editor = WriteSite(new EditorRepository(temp.Path));
        var first = editor.CommitAndPush("First version");
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Serving:Enabled"] = "false",
            ["Repository:PollInterval"] = pollInterval,
        };
        var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath, all);
        var build = await publisher.BuildOf(first);
        Assert.Equal(BuildOutcome.Published, build.Outcome);
        var nginx = await NginxServer.StartAsync(temp.Combine("nginx"), publisher.Releases.Root, publisher.Http.BaseAddress!.Authority, metricsAllow);
        return new NginxDeployment(temp, editor, publisher, nginx, first);
    }

    public async ValueTask DisposeAsync()
    {
        await Nginx.DisposeAsync();
        await Publisher.DisposeAsync();
        Editor.Dispose();
        _temp.Dispose();
    }

    private static EditorRepository WriteSite(EditorRepository editor)
    {
        editor.Write("_config.yml", "title: IKIM\n");
        editor.Write("_layouts/default.html", Layout);
        editor.Write("index.md", "---\nlayout: default\ntitle: Home\n---\n# Welcome to IKIM\n");
        editor.Write("about.md", "---\nlayout: default\ntitle: About\n---\nAbout the institute\n");
        editor.Write("team/index.md", "---\nlayout: default\ntitle: Team\n---\nOur team\n");
        editor.Write("404.html", "---\nlayout: default\ntitle: Not found\npermalink: /404.html\n---\n<p>This page went missing.</p>\n");
        editor.Write("assets/app.3f2a9c1e.css", "main { color: #036; }\n");
        editor.Write("assets/site.css", string.Concat(Enumerable.Repeat("main { margin: 0 auto; max-width: 60em; }\n", 40)));
        return editor;
    }
}
