using System.Net.Http.Json;
using System.Text.Json;
using Ikim.Publisher.Operations;
using static Ikim.Publisher.Operations.Display;

namespace Ikim.Publisher.Cli;

/// <summary>
/// <c>ikim-publisher status [--url URL]</c>: asks the running worker for <c>/status</c> and prints
/// it for a terminal. The URL defaults to the first of <c>Urls</c> in <c>appsettings.json</c>.
/// Exit 0 when the worker answered, 1 when it did not, 2 on bad usage.
/// </summary>
public static class StatusCommand
{
    private const string Usage = "usage: ikim-publisher status [--url http://127.0.0.1:5080]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, string folder, CancellationToken cancellationToken = default)
    {
        Uri? url = null;
        if (args is ["--url", var given] && Uri.TryCreate(given, UriKind.Absolute, out var parsed))
        {
            url = parsed;
        }
        else if (args.Length > 0)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        url ??= WorkerSettings.WorkerUrl(WorkerSettings.Load(folder));
        StatusReport? status;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            status = await http.GetFromJsonAsync<StatusReport>(new Uri(url, "/status"), StatusReport.Json, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            await error.WriteLineAsync($"The worker at {url} did not answer /status: {ex.Message}");
            return 1;
        }

        if (status is null)
        {
            await error.WriteLineAsync($"The worker at {url} answered /status with nothing");
            return 1;
        }

        await output.WriteAsync(Render(status));
        return 0;
    }

    public static string Render(StatusReport status)
    {
        var text = new StringWriter { NewLine = "\n" };
        if (status.Live is { } live)
        {
            text.WriteLine($"Live        {Short(live.Commit)}  \"{live.Message}\" by {live.Author}");
            text.WriteLine($"            release {live.Release}, built {Time(live.BuiltAt)} ({Ago(status.Now, live.BuiltAt)}), {live.Files} files");
        }
        else
        {
            text.WriteLine("Live        none yet");
        }

        text.WriteLine($"Pinned      {(status.Pinned ? "yes, to " + status.PinnedRelease + " (publishing paused)" : "no")}");
        if (status.LastBuild is { } build)
        {
            text.WriteLine($"Last build  {build.Result} {Short(build.Commit)} in {Duration(build.DurationMs)}, {build.Pages} pages, {Ago(status.Now, build.StartedAt)}  (logs: ikim-publisher logs --build {build.Id})");
            if (build.Error is not null)
            {
                text.WriteLine($"            error: {build.Error}");
            }
        }

        var poll = status.Poll;
        text.WriteLine($"Repository  {poll.Branch} of {poll.Remote}");
        text.WriteLine($"            last fetch {(poll.LastFetch is { } f ? Ago(status.Now, f) : "never")}, {poll.ConsecutiveFailures} failures in a row{(poll.LastError is null ? "" : ": " + poll.LastError)}, next poll {(poll.NextPoll is { } n ? Time(n) : "-")}");
        text.WriteLine($"Releases    {status.Releases.Count} kept");
        foreach (var release in status.Releases)
        {
            var marks = (release.Live ? " live" : "") + (release.Pinned ? " pinned" : "");
            text.WriteLine($"          {(release.Live ? '*' : ' ')} {release.Release}  {Short(release.Commit ?? "")}  {(release.BuiltAt is { } b ? Time(b) : "")}{marks}");
        }

        return text.ToString();
    }
}
