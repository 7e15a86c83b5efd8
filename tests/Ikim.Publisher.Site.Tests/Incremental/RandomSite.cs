namespace Ikim.Publisher.Site.Tests.Incremental;

/// <summary>
/// A small institute site in a temp folder that a seeded random sequence of editor's changes is
/// applied to: posts written, retitled, re-dated, retagged, added and removed; layouts, includes,
/// data files, pages, collection items, static files and the configuration edited. Its templates
/// read every kind of dependency an incremental build must track: listings (<c>site.posts</c>,
/// <c>site.tags</c>, a collection), <c>site.data</c>, includes with parameters, nested layouts,
/// <c>page.next</c>/<c>previous</c>, <c>site.related_posts</c>, <c>{% link %}</c>, excerpts,
/// posts' <c>output</c>, and <c>site.time</c>.
/// </summary>
internal sealed class RandomSite
{
    private static readonly string[] Tags = ["alpha", "beta", "gamma"];
    private readonly Random _random;
    private int _counter;

    public RandomSite(string source, int seed)
    {
        Source = source;
        _random = new Random(seed);
        WriteInitialSite();
    }

    public string Source { get; }

    /// <summary>Applies one random change and says what it was.</summary>
    public string Edit()
    {
        var posts = Files("_posts");
        switch (_random.Next(21))
        {
            case 0 or 1 or 2:
                return Append(Pick(posts), $"\nAnother paragraph {Next()} with *emphasis*.\n");
            case 3:
                return Replace(Pick(posts), "title: ", $"title: Retitled {Next()} ");
            case 4 or 5:
                return AddPost();
            case 6 when posts.Count > 3:
                return Delete(Pick(posts));
            case 7:
                return Redate(Pick(posts));
            case 8:
                return Replace(Pick(posts), "tags: [", $"tags: [{Tags[_random.Next(Tags.Length)]}, ");
            case 9:
                return Append(Pick(["_layouts/post.html", "_layouts/default.html", "_layouts/page.html", "_layouts/project.html"]), $"<!-- layout edit {Next()} -->");
            case 10:
                return Append(Pick(["_includes/nav.html", "_includes/card.html"]), $"<i>{Next()}</i>");
            case 11:
                return Append("_data/nav.yml", $"- title: Extra {Next()}\n  url: /extra-{_counter}/\n");
            case 12:
                return Replace("_data/people.yml", "name: ", $"name: Dr. {Next()} ");
            case 13:
                return Append(Pick(["index.html", "about.md", "news.md", "tags.html", "outputs.html"]), $"\nPage edit {Next()}.\n");
            case 14:
                return Write($"extra/page-{Next()}.md", $"---\ntitle: Extra page {_counter}\nlayout: page\n---\nSee [about]({{% link about.md %}}).\n");
            case 15 when Files("extra").Count > 0:
                return Delete(Pick(Files("extra")));
            case 16:
                return _random.Next(2) == 0
                    ? Append("assets/site.css", $"/* {Next()} */\n")
                    : Write($"files/note-{Next()}.txt", $"note {_counter}\n");
            case 19:
                return Append("_notes/first.md", $"\nMore {Next()}.\n");
            case 17:
                return Replace("_config.yml", "title: ", $"title: Renamed {Next()} ");
            case 18:
                return _random.Next(2) == 0
                    ? Write($"_projects/project-{Next()}.md", $"---\ntitle: Project {_counter}\nslug: project-{_counter}\n---\nProject {_counter} text.\n")
                    : Append(Pick(Files("_projects")), $"\nProject news {Next()}.\n");
            default:
                return "no change";
        }
    }

    private void WriteInitialSite()
    {
        Write("_config.yml", """
            title: Institute
            baseurl: /ikim
            collections:
              projects:
                output: true
                permalink: /projects/:name/
              notes:
                output: false
            defaults:
              - scope: { path: "", type: posts }
                values: { layout: post }
              - scope: { path: "", type: projects }
                values: { layout: project }
            """);
        Write("_layouts/default.html", "<html><head><title>{{ page.title }} – {{ site.title }}</title></head><body>{% include nav.html %}{{ content }}<footer>{{ site.time | date: \"%Y-%m-%d\" }}</footer></body></html>\n");
        Write("_layouts/page.html", "---\nlayout: default\n---\n<main>{{ content }}</main>\n");
        Write("_layouts/post.html", """
            ---
            layout: default
            ---
            <article><h1>{{ page.title }}</h1>{{ content }}
            {% if page.previous %}<a rel="prev" href="{{ page.previous.url | relative_url }}">{{ page.previous.title }}</a>{% endif %}
            {% if page.next %}<a rel="next" href="{{ page.next.url | relative_url }}">{{ page.next.title }}</a>{% endif %}
            <ul>{% for r in site.related_posts limit: 2 %}<li>{{ r.title }}</li>{% endfor %}</ul>
            <!-- {{ page.previous.output | size }} -->{% if page.previous == nil %}first{% endif %}</article>

            """);
        Write("_layouts/project.html", "---\nlayout: page\n---\n<section><time>{{ page.date | date: \"%Y-%m-%d\" }}</time>{{ content }}{% for p in site.data.people %}{% if p.project == page.slug %}{% include card.html name=p.name %}{% endif %}{% endfor %}</section>\n");
        Write("_includes/nav.html", "<nav>{% for item in site.data.nav %}<a href=\"{{ item.url | relative_url }}\">{{ item.title }}</a>{% endfor %}</nav>");
        Write("_includes/card.html", "<div class=\"card\">{{ include.name }}</div>");
        Write("_data/nav.yml", "- title: Home\n  url: /\n- title: News\n  url: /news.html\n");
        Write("_data/people.yml", "- name: Ada\n  project: project-1\n- name: Grace\n  project: project-2\n");
        Write("index.html", "---\nlayout: page\ntitle: Home\n---\n{% for post in site.posts limit: 3 %}<h2>{{ post.title }}</h2>{{ post.excerpt }}{% endfor %}\n");
        Write("news.md", "---\nlayout: page\ntitle: News\n---\n{% for post in site.posts %}* [{{ post.title }}]({{ post.url | relative_url }}) {{ post.tags | join: \", \" }}\n{% endfor %}\n");
        Write("tags.html", "---\nlayout: page\ntitle: Tags\n---\n{% for tag in site.tags %}<h3>{{ tag[0] }}</h3>{% for p in tag[1] %}{{ p.title }} {% endfor %}{% endfor %}\n");
        Write("alpha.html", "---\nlayout: page\ntitle: Alpha\n---\n{% for p in site.tags.alpha %}{{ p.title }} {% endfor %}\n");
        Write("outputs.html", "---\ntitle: Sizes\n---\n{% for p in site.posts limit: 2 %}{{ p.url }}={{ p.output | size }} {% endfor %}\n");
        Write("people.md", "---\nlayout: page\ntitle: People\n---\n{% for p in site.data.people %}* {{ p.name }}\n{% endfor %}\n");
        Write("projects.html", "---\nlayout: page\ntitle: Projects\n---\n{% for p in site.projects %}<a href=\"{{ p.url | relative_url }}\">{{ p.title }}</a>{% endfor %}\n");
        Write("notes.html", "---\nlayout: page\ntitle: Notes\n---\n{% for n in site.notes %}{{ n.title }}: {{ n.output | size }} {{ n.content | strip_html | truncate: 20 }}\n{% endfor %}\n");
        Write("_notes/first.md", "---\ntitle: First note\nlayout: page\n---\nA note that is never written.\n");
        Write("about.md", "---\nlayout: page\ntitle: About\n---\nThe institute. [News]({% link news.md %})\n");
        Write("assets/site.css", "body { margin: 0; }\n");
        Write("files/readme.txt", "plain file\n");
        for (var i = 1; i <= 2; i++)
        {
            Write($"_projects/project-{i}.md", $"---\ntitle: Project {i}\nslug: project-{i}\n---\nProject {i} text.\n");
        }

        for (var i = 0; i < 8; i++)
        {
            AddPost();
        }
    }

    private string AddPost()
    {
        var number = Next();
        var date = new DateTime(2025, 1, 1).AddDays(_random.Next(300));
        var tag = Tags[_random.Next(Tags.Length)];
        var body = _random.Next(3) switch
        {
            0 => $"First paragraph of post {number}.\n\nSecond paragraph {{{{ site.data.nav.size }}}} links.\n",
            1 => $"Post {number} by {{% include card.html name=page.title %}}.\n\nMore text.\n",
            _ => $"Just *Markdown* in post {number}.\n\nAnd a [link]({{{{ '/about.html' | relative_url }}}}).\n",
        };
        return Write($"_posts/{date:yyyy-MM-dd}-post-{number}.md", $"---\ntitle: Post {number}\ntags: [{tag}]\n---\n{body}");
    }

    private string Redate(string path)
    {
        var text = File.ReadAllText(Path.Combine(Source, path));
        var name = Path.GetFileName(path)[11..];
        var moved = $"_posts/{new DateTime(2025, 1, 1).AddDays(_random.Next(300)):yyyy-MM-dd}-{name}";
        File.Delete(Path.Combine(Source, path));
        Write(moved, text);
        return $"moved {path} to {moved}";
    }

    private string Write(string path, string text)
    {
        var full = Path.Combine(Source, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return "wrote " + path;
    }

    private string Append(string path, string text)
    {
        File.AppendAllText(Path.Combine(Source, path), text);
        return "appended to " + path;
    }

    private string Replace(string path, string marker, string replacement)
    {
        var full = Path.Combine(Source, path);
        var text = File.ReadAllText(full);
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        File.WriteAllText(full, text[..at] + replacement + text[(at + marker.Length)..]);
        return "edited " + path;
    }

    private string Delete(string path)
    {
        File.Delete(Path.Combine(Source, path));
        return "deleted " + path;
    }

    private List<string> Files(string folder)
    {
        var full = Path.Combine(Source, folder);
        return Directory.Exists(full)
            ? Directory.GetFiles(full, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Source, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    private string Pick(IReadOnlyList<string> items) => items[_random.Next(items.Count)];

    private int Next() => ++_counter;
}
