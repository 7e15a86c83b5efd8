using Ikim.Publisher.Git;
using Ikim.Publisher.Tests.Support;
using Ikim.Publisher.Worker;

namespace Ikim.Publisher.Tests;

/// <summary>The shipped default: no repository yet, so the worker seeds the starter IKIM site and publishes it.</summary>
public sealed class EmbeddedDefaultTests
{
    [Fact]
    public async Task Missing_local_repository_is_seeded_with_the_starter_site_and_published()
    {
        using var temp = new TempFolder();
        var repository = temp.Combine("data", "content.git");
        await using var publisher = await RunningPublisher.StartAsync(temp.Combine("data"), repository, new Dictionary<string, string?>
        {
            ["Repository:SeedIfMissing"] = "true",
        });

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var build = await publisher.History.WaitForAsync(_ => true, timeout.Token);
        Assert.Equal(BuildOutcome.Published, build.Outcome);

        var home = await publisher.Http.GetStringAsync("/");
        Assert.StartsWith("<!DOCTYPE html>", home);
        Assert.Contains("<h1 id=\"ikim--the-institute-for-artificial-intelligence-in-medicine\">IKIM – the Institute for Artificial Intelligence in Medicine</h1>", home);
        Assert.Contains("<a href=\"/groups\">Our research groups - discover our diverse research areas</a>", home);
        Assert.Contains("Research groups", await publisher.Http.GetStringAsync("/groups"));
        Assert.Contains("Imprint", await publisher.Http.GetStringAsync("/imprint"));
        var missing = await publisher.Http.GetAsync("/no-such-page");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
        Assert.Contains("git clone", await File.ReadAllTextAsync(publisher.LogPath));
    }

    [Fact]
    public void Starter_home_page_is_the_shared_seed_page_byte_for_byte()
    {
        var index = StarterRepository.Files().Single(f => f.Path == "index.md").Content;
        var seed = FindSharedSeed();
        if (seed is null)
        {
            // Outside the workplace checkout there is no ../shared; the embedded copy is then the reference.
            Assert.StartsWith("---\nlayout: default\n", System.Text.Encoding.UTF8.GetString(index));
            return;
        }

        Assert.Equal(File.ReadAllBytes(seed), index);
    }

    [Fact]
    public void Every_internal_link_of_the_starter_site_resolves()
    {
        using var temp = new TempFolder();
        var source = temp.Combine("src");
        foreach (var (path, content) in StarterRepository.Files())
        {
            var full = Path.Combine(source, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, content);
        }

        var output = temp.Combine("_site");
        Assert.Equal(0, Ikim.Publisher.Cli.BuildCommand.Run(["-s", source, "-d", output], TextWriter.Null, TextWriter.Null));

        var hrefs = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "(?:href|src)=\"(/[^\"#]*)").Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();
        Assert.NotEmpty(hrefs);
        foreach (var href in hrefs)
        {
            var relative = href.TrimStart('/');
            var exists = File.Exists(Path.Combine(output, relative)) || File.Exists(Path.Combine(output, relative + ".html")) || File.Exists(Path.Combine(output, relative, "index.html"));
            Assert.True(exists, $"link {href} does not resolve to a built file");
        }
    }

    private static string? FindSharedSeed()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "seed", "index.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
