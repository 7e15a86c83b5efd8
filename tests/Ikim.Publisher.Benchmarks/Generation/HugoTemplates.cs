namespace Ikim.Publisher.Benchmarks.Generation;

/// <summary>
/// Hugo's counterparts of the Jekyll layouts and includes: a base template with partials for
/// the nesting, section templates for posts, people and projects, and Hugo's own taxonomy pages
/// for the tag index and one page per tag. RSS and sitemap are off: Jekyll makes neither here.
/// </summary>
internal static class HugoTemplates
{
    public const string Config = """
        baseURL = "https://bench.example.org/"
        title = "Institute for Artificial Intelligence in Medicine"
        disableKinds = ["RSS", "sitemap", "robotsTXT"]

        [params]
          description = "A generated benchmark site shaped like an institute's website"

        [taxonomies]
          tag = "tags"

        [permalinks]
          news = "/news/:year/:month/:slug/"

        """;

    public const string BaseOf = """
        <!DOCTYPE html>
        <html lang="en">
        {{ partial "head.html" . }}
        <body>
        {{ partial "nav.html" . }}
        <main class="container">
        {{ block "main" . }}{{ end }}
        </main>
        {{ partial "footer.html" . }}
        </body>
        </html>

        """;

    public const string Head = """
        <head>
        <meta charset="utf-8">
        <title>{{ with .Title }}{{ . }} · {{ end }}{{ site.Title }}</title>
        <link rel="stylesheet" href="{{ "assets/css/site.css" | relURL }}">
        </head>

        """;

    public const string Nav = """
        <nav><ul>
        {{ $url := .RelPermalink }}{{ range site.Data.nav }}<li><a href="{{ .url | relURL }}"{{ if eq $url .url }} class="active"{{ end }}>{{ .title }}</a></li>
        {{ end }}</ul></nav>

        """;

    public const string Footer = """
        <footer><p>{{ site.Title }} · <a href="{{ "about/" | relURL }}">About</a></p></footer>

        """;

    public const string PersonLink = """
        <a href="{{ printf "people/%s/" . | relURL }}">{{ . }}</a>
        """;

    public const string TagList = """
        <ul class="tags">{{ range . }}<li><a href="{{ printf "tags/%s/" (urlize .) | relURL }}">{{ . }}</a></li>{{ end }}</ul>

        """;

    public const string Single = """
        {{ define "main" }}<article>
        <h1>{{ .Title }}</h1>
        {{ .Content }}
        </article>{{ end }}

        """;

    public const string List = """
        {{ define "main" }}<article>
        <h1>{{ .Title }}</h1>
        {{ .Content }}
        <ul>
        {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
        {{ end }}</ul>
        </article>{{ end }}

        """;

    public const string Post = """
        {{ define "main" }}<article>
        <h1>{{ .Title }}</h1>
        <p class="meta"><time>{{ .Date.Format "2006-01-02 15:04:05 -0700" }}</time> · {{ partial "person-link.html" .Params.author }}</p>
        {{ .Content }}
        {{ partial "tag-list.html" .Params.tags }}
        </article>{{ end }}

        """;

    public const string Person = """
        {{ define "main" }}<article>
        <h1>{{ .Title }}</h1>
        <p class="role">{{ .Params.role }}{{ $group := .Params.group }}{{ range site.Data.groups }}{{ if eq .key $group }}, {{ .name }}{{ end }}{{ end }}</p>
        {{ .Content }}
        </article>{{ end }}

        """;

    public const string Project = """
        {{ define "main" }}<article>
        <h1>{{ .Title }}</h1>
        <p class="group">{{ $group := .Params.group }}{{ range site.Data.groups }}{{ if eq .key $group }}{{ .name }}{{ end }}{{ end }}</p>
        {{ .Content }}
        <h2>Members</h2>
        <ul>{{ range .Params.members }}<li>{{ partial "person-link.html" . }}</li>{{ end }}</ul>
        </article>{{ end }}

        """;

    public const string Home = """
        {{ define "main" }}<h1>{{ site.Title }}</h1>
        <p>{{ site.Params.description }}</p>
        <h2>Recent news</h2>
        <ul>
        {{ range first 10 (where site.RegularPages "Section" "news") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
        {{ end }}</ul>{{ end }}

        """;

    public const string Taxonomy = """
        {{ define "main" }}<article>
        <h1>{{ .Title }}</h1>
        <ul>
        {{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
        {{ end }}</ul>
        </article>{{ end }}

        """;

    public const string Term = """
        {{ define "main" }}<article>
        <h1>Tag: {{ .Title }}</h1>
        <p>{{ $tag := .Data.Term }}{{ range site.Data.tags }}{{ if eq .key $tag }}{{ .description }}{{ end }}{{ end }}</p>
        <ul>
        {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
        {{ end }}</ul>
        </article>{{ end }}

        """;

    public const string Missing = """
        {{ define "main" }}<h1>Not found</h1>{{ end }}

        """;
}
