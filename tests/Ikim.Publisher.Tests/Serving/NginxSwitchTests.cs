using System.Collections.Concurrent;
using System.Net;
using Ikim.Publisher.Publishing;
using Ikim.Publisher.Tests.Deploy;
using Ikim.Publisher.Tests.Support;
using Xunit.Abstractions;

namespace Ikim.Publisher.Tests.Serving;

/// <summary>
/// Real nginx with the shipped configuration (deploy/nginx), serving <c>current</c> while releases are switched
/// (and pruned, as the publisher does) over a hundred times under concurrent readers. Every
/// response must be a 200 holding one whole page of one release, and that release must have been
/// live while the request ran.
/// </summary>
[Collection(ProcessFaultCollection.Name)]
public sealed class NginxSwitchTests(ITestOutputHelper output)
{
    private const int Switches = 120;
    private const int PagesPerRelease = 20;
    private const int Readers = 8;

    [Fact]
    public async Task Release_switches_under_concurrent_readers_serve_only_whole_pages_of_one_live_release()
    {
        using var temp = new TempFolder();
        var store = new ReleaseStore(temp.Combine("site"), ".well-known/ikim-publisher.json");
        var releases = new ReleaseFactory(store);
        // A response may come from any release live at some instant of its request: from the one
        // live when it started (lowest) to the one being switched to when it ended (highest).
        var (lowest, highest) = (1, 1);
        Switch(store, releases.Make(Site(1)));
        // The worker's address is not used here: only the static site is requested.
        await using var nginx = await NginxServer.StartAsync(temp.Combine("nginx"), store.Root, worker: "127.0.0.1:9", metricsAllow: "127.0.0.1/32");
        var http = nginx.Http;
        var failures = new ConcurrentQueue<string>();
        var seen = new ConcurrentDictionary<int, int>();
        long requests = 0;
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, Readers).Select(reader => Task.Run(async () =>
        {
            var random = new Random(reader);
            while (!stop.IsCancellationRequested)
            {
                var page = random.Next(PagesPerRelease);
                var path = (page % 3) switch { 0 => $"/page-{page}", 1 => $"/page-{page}.html", _ => page == 2 ? "/" : $"/section/{page}/" };
                var low = Volatile.Read(ref lowest);
                using var response = await http.GetAsync(path);
                var body = await response.Content.ReadAsStringAsync();
                var high = Volatile.Read(ref highest);
                var version = GeneratedSite.VersionOf(body);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Enqueue($"{path}: {(int)response.StatusCode}");
                }
                else if (version is not { } v || v < low || v > high)
                {
                    failures.Enqueue($"{path}: release {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "mixed or cut"} while {low}..{high} were live");
                }
                else
                {
                    seen.AddOrUpdate(v, 1, (_, n) => n + 1);
                }

                Interlocked.Increment(ref requests);
            }
        })).ToList();

        for (var next = 2; next <= Switches + 1; next++)
        {
            // Build beside, then flip, then prune: what the publisher does for every commit.
            var id = releases.Make(Site(next));
            var before = Interlocked.Read(ref requests);
            // Let the readers run into this release's switch: several requests per switch, no sleeping.
            await Eventually.HoldsAsync(() => Interlocked.Read(ref requests) >= before + Readers, "the readers made progress");
            Volatile.Write(ref highest, next);
            Switch(store, id);
            Volatile.Write(ref lowest, next);
            store.Prune(3);
        }

        await Eventually.HoldsAsync(() => seen.ContainsKey(Switches + 1), "the last release was served");
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        output.WriteLine($"{Switches} switches, {requests} requests by {Readers} readers, {seen.Count} releases seen, {failures.Count} failures");
        foreach (var failure in failures.Take(10))
        {
            output.WriteLine(failure);
        }

        Assert.Empty(failures);
        Assert.True(seen.Count >= Switches / 2, $"only {seen.Count} releases were seen: switches are not visible at once");
        Assert.DoesNotContain("[error]", nginx.ErrorLog);
        Assert.InRange(store.ReleaseIds().Count, 1, 5);
    }

    private static void Switch(ReleaseStore store, string id)
    {
        using var held = store.Lock();
        store.Activate(id, held);
    }

    // Pages of ~16 KB (several TCP segments), marked with their release first and last.
    private static Dictionary<string, string> Site(int release)
    {
        var padding = string.Concat(Enumerable.Repeat($"<p>Content of release {release}.</p>\n", 500));
        var page = $"<!-- version {release} -->\n<!DOCTYPE html>\n{padding}<!-- version {release} -->\n";
        var files = new Dictionary<string, string> { ["index.html"] = page, ["404.html"] = page };
        for (var i = 0; i < PagesPerRelease; i++)
        {
            files[$"page-{i}.html"] = page;
            files[$"section/{i}/index.html"] = page;
        }

        return files;
    }
}
