using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using static Ikim.Publisher.Operations.Display;

namespace Ikim.Publisher.Operations;

/// <summary>
/// The operator's page at <c>/_publisher/</c>: plain server-rendered HTML that works without
/// JavaScript and reloads itself with a meta refresh. Every fact comes from <see cref="StatusReport"/>.
/// </summary>
public static class StatusPage
{
    private const string Style = """
        body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#222}
        table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
        th[scope=row]{width:12rem}code{font-size:90%}.published{color:#0a6b2d}.failed{color:#b00020}.cancelled{color:#8a6d00}.banner{padding:.5rem 1rem;background:#fff3cd;border:1px solid #e0c36c}
        pre{background:#f6f6f6;padding:1rem;overflow-x:auto;white-space:pre-wrap}
        """;

    public static string Render(StatusReport status, TimeSpan refresh)
    {
        var html = new Html();
        html.Head("Ikim.Publisher status", refresh);
        html.Raw("<h1>Ikim.Publisher</h1>\n");
        if (status.Pinned)
        {
            html.Raw("<p class=\"banner\">Publishing is <strong>pinned</strong> to release <code>").Text(status.PinnedRelease ?? "").Raw("</code>: new commits are fetched but not published until an operator unpins.</p>\n");
        }

        Live(html, status);
        LastBuild(html, status);
        Poll(html, status);
        Releases(html, status);
        History(html, status);
        html.Raw("<p><small>Rendered ").Text(Time(status.Now)).Raw("; reloads every ").Text(((int)refresh.TotalSeconds).ToString(CultureInfo.InvariantCulture)).Raw(" s. JSON: <a href=\"/status\">/status</a>, metrics: <a href=\"/metrics\">/metrics</a>.</small></p>\n</body></html>\n");
        return html.ToString();
    }

    /// <summary>A build's own log, one readable line per event.</summary>
    public static string RenderLog(string buildId, IEnumerable<string> clefLines)
    {
        var html = new Html();
        html.Head("Build " + buildId, refresh: null);
        html.Raw("<p><a href=\"/_publisher/\">← status</a></p>\n<h1>Build <code>").Text(buildId).Raw("</code></h1>\n<pre>");
        foreach (var line in clefLines)
        {
            html.Text(ReadableLog.Format(line) ?? line + "\n");
        }

        html.Raw("</pre>\n</body></html>\n");
        return html.ToString();
    }

    private static void Live(Html html, StatusReport status)
    {
        html.Raw("<h2>Live release</h2>\n");
        if (status.Live is not { } live)
        {
            html.Raw("<p>No release is live yet.</p>\n");
            return;
        }

        html.Raw("<table>\n");
        html.Row("Commit", () => html.Raw("<code id=\"live-commit\">").Text(live.Commit).Raw("</code>"));
        html.Row("Message", () => html.Text(live.Message));
        html.Row("Author", () => html.Text(live.Author));
        html.Row("Committed", () => html.Text(Time(live.CommitTime)));
        html.Row("Built", () => html.Text(Time(live.BuiltAt) + " (" + Ago(status.Now, live.BuiltAt) + ")"));
        html.Row("Release", () => html.Raw("<code>").Text(live.Release).Raw("</code>, ").Text(live.Files.ToString(CultureInfo.InvariantCulture)).Raw(" files, <code>").Text(live.ContentHash).Raw("</code>"));
        html.Raw("</table>\n");
    }

    private static void LastBuild(Html html, StatusReport status)
    {
        html.Raw("<h2>Last build</h2>\n");
        if (status.LastBuild is not { } build)
        {
            html.Raw("<p>No build since the worker started.</p>\n");
            return;
        }

        html.Raw("<table>\n");
        html.Row("Result", () => html.Raw("<strong class=\"").Text(build.Result).Raw("\">").Text(build.Result).Raw("</strong> in ").Text(Duration(build.DurationMs)).Raw(", ").Text(Ago(status.Now, build.StartedAt)));
        html.Row("Commit", () => html.Raw("<code>").Text(Short(build.Commit)).Raw("</code> ").Text(build.Summary).Raw(" — ").Text(build.Author));
        if (build.Error is not null)
        {
            html.Row("Error", () => html.Raw("<code>").Text(build.Error).Raw("</code>"));
        }

        html.Row("Log", () => LogLink(html, build));
        html.Raw("</table>\n");
    }

    private static void Poll(Html html, StatusReport status)
    {
        var poll = status.Poll;
        html.Raw("<h2>Repository</h2>\n<table>\n");
        html.Row("Branch", () => html.Raw("<code>").Text(poll.Branch).Raw("</code> of <code>").Text(poll.Remote).Raw("</code>"));
        html.Row("Last fetch", () => html.Text(poll.LastFetch is { } f ? Time(f) + " (" + Ago(status.Now, f) + ")" : "never"));
        html.Row("Last successful fetch", () => html.Text(poll.LastSuccessfulFetch is { } f ? Time(f) : "never"));
        html.Row("Failures in a row", () => html.Text(poll.ConsecutiveFailures.ToString(CultureInfo.InvariantCulture) + (poll.LastError is null ? "" : $" ({poll.LastErrorKind}): " + poll.LastError)));
        html.Row("Next poll", () => html.Text(poll.NextPoll is { } n ? Time(n) : "—"));
        html.Raw("</table>\n");
    }

    private static void Releases(Html html, StatusReport status)
    {
        html.Raw("<h2>Kept releases</h2>\n<table>\n<tr><th>Release</th><th>Commit</th><th>Built</th><th></th></tr>\n");
        foreach (var release in status.Releases)
        {
            html.Raw("<tr><td><code>").Text(release.Release).Raw("</code></td><td><code>").Text(Short(release.Commit ?? "")).Raw("</code></td><td>")
                .Text(release.BuiltAt is { } b ? Time(b) : "").Raw("</td><td>").Text(release.Live ? "live" : "").Text(release.Pinned ? " pinned" : "").Raw("</td></tr>\n");
        }

        html.Raw("</table>\n");
    }

    private static void History(Html html, StatusReport status)
    {
        html.Raw("<h2>Build history</h2>\n<table>\n<tr><th>Started</th><th>Result</th><th>Commit</th><th>Duration</th><th>Pages</th><th>Error</th><th>Log</th></tr>\n");
        foreach (var build in status.Builds)
        {
            html.Raw("<tr><td>").Text(Time(build.StartedAt)).Raw("</td><td class=\"").Text(build.Result).Raw("\">").Text(build.Result)
                .Raw("</td><td><code>").Text(Short(build.Commit)).Raw("</code> ").Text(build.Summary)
                .Raw("</td><td>").Text(Duration(build.DurationMs)).Raw("</td><td>").Text(build.Pages.ToString(CultureInfo.InvariantCulture))
                .Raw("</td><td>").Text(build.Error ?? "").Raw("</td><td>");
            LogLink(html, build);
            html.Raw("</td></tr>\n");
        }

        html.Raw("</table>\n");
    }

    private static void LogLink(Html html, BuildStatus build)
    {
        if (build.HasLog)
        {
            html.Raw("<a href=\"/_publisher/builds/").Text(Uri.EscapeDataString(build.Id)).Raw("\">log</a>");
        }
    }

    /// <summary>An HTML writer where text is always encoded and markup is always a literal of ours.</summary>
    private sealed class Html
    {
        private readonly StringBuilder _html = new();

        public Html Raw(string markup)
        {
            _html.Append(markup);
            return this;
        }

        public Html Text(string text)
        {
            _html.Append(HtmlEncoder.Default.Encode(text));
            return this;
        }

        public void Head(string title, TimeSpan? refresh)
        {
            Raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
            if (refresh is { } every)
            {
                Raw("<meta http-equiv=\"refresh\" content=\"").Text(((int)every.TotalSeconds).ToString(CultureInfo.InvariantCulture)).Raw("\">\n");
            }

            Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n<title>").Text(title).Raw("</title>\n<style>").Raw(Style).Raw("</style></head><body>\n");
        }

        public void Row(string label, Action value)
        {
            Raw("<tr><th scope=\"row\">").Text(label).Raw("</th><td>");
            value();
            Raw("</td></tr>\n");
        }

        public override string ToString() => _html.ToString();
    }
}
