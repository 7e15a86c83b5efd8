namespace Ikim.Publisher.Benchmarks.Generation;

/// <summary>
/// The Jekyll site's layouts, includes and index pages. Nesting: post and person and project
/// pages go through their own layout, then <c>page</c>, then <c>default</c>. Only core Liquid
/// and Jekyll's URL filters are used, so the site also builds on a young builder.
/// </summary>
internal static class JekyllTemplates
{
    public const string Config = """
        title: Institute for Artificial Intelligence in Medicine
        description: A generated benchmark site shaped like an institute's website
        url: https://bench.example.org
        baseurl: ""
        permalink: /news/:year/:month/:title/
        exclude: [README.md]

        """;

    public const string Default = """
        <!DOCTYPE html>
        <html lang="en">
        {% include head.html %}
        <body>
        {% include nav.html %}
        <main class="container">
        {{ content }}
        </main>
        {% include footer.html %}
        </body>
        </html>

        """;

    public const string Page = """
        ---
        layout: default
        ---
        <article>
        <h1>{{ page.title }}</h1>
        {{ content }}
        </article>

        """;

    public const string Post = """
        ---
        layout: page
        ---
        <p class="meta"><time>{{ page.date }}</time> · {% include person-link.html slug=page.author %}</p>
        {{ content }}
        {% include tag-list.html tags=page.tags %}

        """;

    public const string Person = """
        ---
        layout: page
        ---
        <p class="role">{{ page.role }}{% for group in site.data.groups %}{% if group.key == page.group %}, {{ group.name }}{% endif %}{% endfor %}</p>
        {{ content }}

        """;

    public const string Project = """
        ---
        layout: page
        ---
        <p class="group">{% for group in site.data.groups %}{% if group.key == page.group %}{{ group.name }}{% endif %}{% endfor %}</p>
        {{ content }}
        <h2>Members</h2>
        <ul>{% for member in page.members %}<li>{% include person-link.html slug=member %}</li>{% endfor %}</ul>

        """;

    public const string Head = """
        <head>
        <meta charset="utf-8">
        <title>{% if page.title %}{{ page.title }} · {% endif %}{{ site.title }}</title>
        <link rel="stylesheet" href="{{ '/assets/css/site.css' | relative_url }}">
        </head>

        """;

    public const string Nav = """
        <nav><ul>
        {% for item in site.data.nav %}<li><a href="{{ item.url | relative_url }}"{% if page.url == item.url %} class="active"{% endif %}>{{ item.title }}</a></li>
        {% endfor %}</ul></nav>

        """;

    public const string Footer = """
        <footer><p>{{ site.title }} · <a href="{{ '/about/' | relative_url }}">About</a></p></footer>

        """;

    public const string PersonLink = """
        <a href="{{ '/people/' | append: include.slug | append: '/' | relative_url }}">{{ include.slug }}</a>
        """;

    public const string TagList = """
        <ul class="tags">{% for tag in include.tags %}<li><a href="{{ '/tags/' | append: tag | append: '/' | relative_url }}">{{ tag }}</a></li>{% endfor %}</ul>

        """;

    public const string Css = """
        body { font-family: sans-serif; margin: 0 auto; max-width: 48rem; }
        nav ul { display: flex; gap: 1rem; list-style: none; }
        .tags li { display: inline; margin-right: .5rem; }

        """;

    public const string Missing = """
        ---
        layout: default
        title: Not found
        permalink: /404.html
        ---
        <h1>Not found</h1>

        """;

    /// <summary>Iterates the news items: Jekyll's posts, or pages marked <c>kind: news</c>.</summary>
    public static string NewsLoop(NewsStyle style, string body, int? limit = null) => style == NewsStyle.Posts
        ? $"{{% for post in site.posts{(limit is { } n ? $" limit: {n}" : "")} %}}{body}{{% endfor %}}"
        : limit is { } max
            ? $"{{% assign shown = 0 %}}{{% for post in site.pages %}}{{% if post.kind == \"news\" and shown < {max} %}}{{% assign shown = shown | plus: 1 %}}{body}{{% endif %}}{{% endfor %}}"
            : $"{{% for post in site.pages %}}{{% if post.kind == \"news\" %}}{body}{{% endif %}}{{% endfor %}}";

    public const string NewsItem = "<li><a href=\"{{ post.url | relative_url }}\">{{ post.title }}</a></li>\n";

    public static string Home(NewsStyle style) => $$$"""
        ---
        layout: default
        title: Home
        ---
        <h1>{{ site.title }}</h1>
        <p>{{ site.description }}</p>
        <h2>Recent news</h2>
        <ul>
        {{{NewsLoop(style, NewsItem, 10)}}}</ul>

        """;

    public static string NewsIndex(NewsStyle style) => $$$"""
        ---
        layout: page
        title: News
        permalink: /news/
        ---
        <ul>
        {{{NewsLoop(style, NewsItem)}}}</ul>

        """;

    public static string LayoutIndex(string title, string layout, string permalink) => $$$"""
        ---
        layout: page
        title: {{{title}}}
        permalink: {{{permalink}}}
        ---
        <ul>
        {% for item in site.pages %}{% if item.layout == "{{{layout}}}" %}<li><a href="{{ item.url | relative_url }}">{{ item.title }}</a></li>{% endif %}{% endfor %}
        </ul>

        """;

    public static string TagIndex(NewsStyle style) => $$$"""
        ---
        layout: page
        title: Tags
        permalink: /tags/
        ---
        <ul>
        {% for tag in site.data.tags %}<li><a href="{{ '/tags/' | append: tag.key | append: '/' | relative_url }}">{{ tag.key }}</a>{{{(style == NewsStyle.Posts ? " ({{ site.tags[tag.key].size }})" : "")}}}</li>
        {% endfor %}</ul>

        """;

    public static string TagLayout(NewsStyle style) => $$$"""
        ---
        layout: page
        ---
        <p>{% for tag in site.data.tags %}{% if tag.key == page.tag %}{{ tag.description }}{% endif %}{% endfor %}</p>
        <ul>
        {{{TagLoop(style)}}}</ul>

        """;

    private static string TagLoop(NewsStyle style) => style == NewsStyle.Posts
        ? "{% for post in site.tags[page.tag] %}" + NewsItem + "{% endfor %}"
        : "{% for post in site.pages %}{% if post.kind == \"news\" %}{% if post.tags contains page.tag %}" + NewsItem + "{% endif %}{% endif %}{% endfor %}";
}
