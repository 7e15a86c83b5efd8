using Ikim.Publisher.Cli;
using Ikim.Publisher.Tests.Support;

namespace Ikim.Publisher.Tests.CommandLine;

/// <summary><c>ikim-publisher build</c> on a real folder: the publishing flags, --config, the summary and errors.</summary>
public sealed class BuildCommandTests
{
    [Fact]
    public void Drafts_future_and_unpublished_posts_appear_only_with_their_flags()
    {
        using var folder = SiteWithPosts();
        var plain = folder.Combine("plain");
        var all = folder.Combine("all");

        Assert.Equal(0, BuildCommand.Run(["-s", folder.Combine("src"), "-d", plain], TextWriter.Null, TextWriter.Null));
        var output = new StringWriter();
        Assert.Equal(0, BuildCommand.Run(["-s", folder.Combine("src"), "-d", all, "--drafts", "--future", "--unpublished"], output, TextWriter.Null));

        Assert.True(File.Exists(Path.Combine(plain, "2024", "01", "15", "published.html")));
        Assert.False(File.Exists(Path.Combine(plain, "2030", "01", "01", "future.html")));
        Assert.False(File.Exists(Path.Combine(plain, "2024", "02", "01", "hidden.html")));
        Assert.Empty(Directory.EnumerateFiles(plain, "idea.html", SearchOption.AllDirectories));
        Assert.True(File.Exists(Path.Combine(all, "2030", "01", "01", "future.html")));
        Assert.True(File.Exists(Path.Combine(all, "2024", "02", "01", "hidden.html")));
        Assert.Single(Directory.EnumerateFiles(all, "idea.html", SearchOption.AllDirectories));
        Assert.Contains("Summary: 5 pages and documents", output.ToString());
    }

    [Fact]
    public void Later_config_files_override_earlier_ones()
    {
        using var folder = SiteWithPosts();
        File.WriteAllText(folder.Combine("src", "_local.yml"), "title: Local title\n");
        var destination = folder.Combine("out");

        var code = BuildCommand.Run(["-s", folder.Combine("src"), "-d", destination, "--config", $"{folder.Combine("src", "_config.yml")},{folder.Combine("src", "_local.yml")}"], TextWriter.Null, TextWriter.Null);

        Assert.Equal(0, code);
        Assert.Equal("Local title", File.ReadAllText(Path.Combine(destination, "index.html")));
    }

    [Fact]
    public void A_site_error_exits_non_zero_naming_file_and_line()
    {
        using var folder = SiteWithPosts();
        File.WriteAllText(folder.Combine("src", "broken.html"), "---\n---\nline three\n{% if true %}\n");
        var error = new StringWriter();

        var code = BuildCommand.Run(["-s", folder.Combine("src"), "-d", folder.Combine("out")], TextWriter.Null, error);

        Assert.Equal(1, code);
        Assert.StartsWith("broken.html:", error.ToString());
    }

    [Fact]
    public void A_destination_inside_the_source_is_not_read_as_source()
    {
        using var folder = SiteWithPosts();
        var destination = folder.Combine("src", "public");

        Assert.Equal(0, BuildCommand.Run(["-s", folder.Combine("src"), "-d", destination], TextWriter.Null, TextWriter.Null));
        Assert.Equal(0, BuildCommand.Run(["-s", folder.Combine("src"), "-d", destination], TextWriter.Null, TextWriter.Null));

        Assert.False(Directory.Exists(Path.Combine(destination, "public")));
        Assert.True(File.Exists(Path.Combine(destination, "index.html")));
    }

    [Fact]
    public void A_destination_that_holds_the_source_is_refused_before_anything_is_removed()
    {
        using var folder = SiteWithPosts();
        var error = new StringWriter();

        var code = BuildCommand.Run(["-s", folder.Combine("src"), "-d", folder.Path], TextWriter.Null, error);

        Assert.Equal(2, code);
        Assert.Contains("cannot be or contain the source", error.ToString());
        Assert.True(File.Exists(folder.Combine("src", "index.html")));
    }

    [Fact]
    public void Site_github_comes_from_the_source_folders_repository_without_credentials()
    {
        using var temp = new TempFolder();
        using var editor = new EditorRepository(temp.Path, branch: "gh-pages");
        editor.Write("_config.yml", "plugins: [jekyll-github-metadata]\n");
        editor.Write("index.html", "---\n---\n{{ site.github.repository_nwo }} {{ site.github.source.branch }} {{ site.github.build_revision }} {{ site.title }}");
        var sha = editor.CommitAndPush("Site");
        using (var clone = new LibGit2Sharp.Repository(editor.ClonePath))
        {
            clone.Network.Remotes.Update("origin", r => r.Url = "https://editor:s3cret@github.com/ikim/ikim-site.git");
        }

        var destination = temp.Combine("out");
        var error = new StringWriter();
        var code = BuildCommand.Run(["-s", editor.ClonePath, "-d", destination], TextWriter.Null, error);

        Assert.True(code == 0, error.ToString());
        Assert.Equal($"ikim/ikim-site gh-pages {sha} ikim-site", File.ReadAllText(Path.Combine(destination, "index.html")));
    }

    private static TempFolder SiteWithPosts()
    {
        var folder = new TempFolder("ikim-build-cli");
        void Write(string path, string text)
        {
            var full = folder.Combine("src", path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        Write("_config.yml", "title: Site title\n");
        Write("index.html", "---\n---\n{{ site.title }}");
        Write("_posts/2024-01-15-published.md", "---\n---\nhello\n");
        Write("_posts/2030-01-01-future.md", "---\n---\nlater\n");
        Write("_posts/2024-02-01-hidden.md", "---\npublished: false\n---\nhidden\n");
        Write("_drafts/idea.md", "---\n---\ndraft\n");
        return folder;
    }
}
