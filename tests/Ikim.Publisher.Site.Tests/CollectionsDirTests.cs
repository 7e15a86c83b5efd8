namespace Ikim.Publisher.Site.Tests;

/// <summary>
/// collections_dir, limit_posts, sort_by, collection static files, _data order and excerpts, on a site
/// whose expected values Jekyll 4.3.1 printed (templates without filters: only the model is under test).
/// </summary>
public sealed class CollectionsDirTests
{
    private static TempSite Site(int limitPosts) => new(
        ("_config.yml", $"collections_dir: my\nlimit_posts: {limitPosts}\ncollections:\n  talks:\n    output: true\n    sort_by: rank\n    permalink: /:collection/:path/\n"),
        ("my/_posts/2024-01-01-one.md", "---\n---\n[A] text with [ref][r].\n\nrest\n\n[r]: /target\n"),
        ("my/_posts/2024-01-02-two.md", "---\n---\n{% if true %}inside\n\nstill{% endif %}\n"),
        ("my/_posts/2024-01-03-three.md", "---\n---\nthree\n"),
        ("my/_talks/b.md", "---\nrank: 2\n---\nb\n"),
        ("my/_talks/a.md", "---\nrank: 1\n---\na\n"),
        ("my/_talks/c.md", "---\n---\nnone\n"),
        ("my/_talks/img/logo.png", "PNG"),
        ("_data/b.yml", "x: 1\n"),
        ("_data/a.json", "{\"y\": 2}\n"),
        ("_data/c.yaml", "z: 3\n"),
        ("_data/sub/d.yml", "w: 4\n"),
        ("index.html",
            "---\n---\nposts:{% for p in site.posts %}{{ p.url }}|{{ p.path }};{% endfor %}\n" +
            "talks:{% for t in site.talks %}{{ t.url }}|{{ t.path }};{% endfor %}\n" +
            "files:{% for f in site.static_files %}{{ f.path }}|{{ f.collection }};{% endfor %}\n" +
            "data:{{ site.data.c.z }}{{ site.data.b.x }}{{ site.data.a.y }}{{ site.data.sub.d.w }}\n" +
            "ex1:{{ site.posts[1].excerpt }}\n"));

    [Fact]
    public void Posts_and_collections_are_read_from_collections_dir_and_sorted_as_jekyll_sorts_them()
    {
        using var site = Site(limitPosts: 2);

        site.Build();

        var index = site.Output("index.html");
        Assert.Contains("posts:/2024/01/03/three.html|_posts/2024-01-03-three.md;/2024/01/02/two.html|_posts/2024-01-02-two.md;\n", index);
        Assert.Contains("talks:/talks/a/|_talks/a.md;/talks/b/|_talks/b.md;/talks/c/|_talks/c.md;\n", index);
        Assert.Contains("files:_talks/img/logo.png|talks;\n", index);
        Assert.Contains("data:3124\n", index);
        Assert.Equal("PNG", site.Output("talks/img/logo.png"));
        Assert.False(site.HasOutput("2024/01/01/one.html"));
    }

    [Fact]
    public void Excerpts_close_cut_liquid_blocks_and_keep_the_link_definitions_they_use()
    {
        using var site = Site(limitPosts: 3);
        site.Write("index.html", "---\n---\nex1:{{ site.posts[1].excerpt }}|ex2:{{ site.posts[2].excerpt }}");

        site.Build();

        // kramdown writes the blank line before the appended link definition (Jekyll 4.3.1 prints "</p>\n\n").
        Assert.Equal("ex1:<p>inside</p>\n|ex2:<p>[A] text with <a href=\"/target\">ref</a>.</p>\n\n", site.Output("index.html"));
    }

    [Fact]
    public void Data_files_are_keyed_in_jekylls_order()
    {
        using var site = Site(limitPosts: 0);
        var reader = new Reading.DataReader(
            new Sources.DirectorySourceTree(site.Source), "_data", new Reading.SourceFolders(new Sources.DirectorySourceTree(site.Source)));

        var data = reader.Read();

        Assert.Equal(["c", "b", "a", "sub"], data.Keys);
    }
}
