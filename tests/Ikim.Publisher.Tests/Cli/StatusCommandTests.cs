using Ikim.Publisher.Cli;
using Ikim.Publisher.Tests.Support;

namespace Ikim.Publisher.Tests.Cli;

public sealed class StatusCommandTests
{
    [Fact]
    public async Task Status_prints_the_running_workers_facts_and_fails_when_nothing_answers()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path);
        editor.Write("index.html", "---\n---\nhello");
        var sha = editor.CommitAndPush("Say hello");
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), editor.BarePath);
        var build = await publisher.BuildOf(sha);

        // The address comes from Urls in appsettings.json, as the worker itself reads it.
        await File.WriteAllTextAsync(temp.Combine("appsettings.json"), $$"""{ "Urls": "{{publisher.Http.BaseAddress!.ToString().TrimEnd('/')}}" }""");
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, await StatusCommand.RunAsync([], output, error, temp.Path));

        var text = output.ToString();
        Assert.StartsWith($"Live        {sha[..12]}  \"Say hello\" by Erika Editor\n", text);
        Assert.Contains($"release {build.ReleaseId}", text);
        Assert.Contains("Pinned      no\n", text);
        Assert.Contains($"Last build  published {sha[..12]} in ", text);
        Assert.Contains($"(logs: ikim-publisher logs --build {build.BuildId})", text);
        Assert.Contains("Repository  main of ", text);
        Assert.Contains("0 failures in a row", text);
        Assert.Contains($"        * {build.ReleaseId}  {sha[..12]}  ", text);

        await publisher.DisposeAsync();
        error = new StringWriter();
        Assert.Equal(1, await StatusCommand.RunAsync([], TextWriter.Null, error, temp.Path));
        Assert.Contains("did not answer /status", error.ToString());
        Assert.Equal(2, await StatusCommand.RunAsync(["--bogus"], TextWriter.Null, TextWriter.Null, temp.Path));
    }
}
