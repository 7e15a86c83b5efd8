using System.Globalization;
using System.Text;

namespace Ikim.Publisher.Benchmarks.Generation;

/// <summary>Writes the content model as a Jekyll source tree that Jekyll 4.3 itself can build.</summary>
internal sealed class JekyllSite(SiteSpec spec, ContentModel model)
{
    public static string PostPath(SiteSpec spec, Post post) => spec.News == NewsStyle.Posts
        ? $"_posts/{post.Date:yyyy-MM-dd}-{post.Slug}.md"
        : $"news/{post.Date:yyyy}/{post.Date:yyyy-MM-dd}-{post.Slug}.md";

    public const string EditedLayoutPath = "_layouts/post.html";

    public const string EditedDataPath = "_data/groups.yml";

    public void Write(string root)
    {
        var files = new SiteFiles(root);
        files.Write("_config.yml", JekyllTemplates.Config);
        files.Write("_layouts/default.html", JekyllTemplates.Default);
        files.Write("_layouts/page.html", JekyllTemplates.Page);
        files.Write("_layouts/post.html", JekyllTemplates.Post);
        files.Write("_layouts/person.html", JekyllTemplates.Person);
        files.Write("_layouts/project.html", JekyllTemplates.Project);
        files.Write("_layouts/tag.html", JekyllTemplates.TagLayout(spec.News));
        files.Write("_includes/head.html", JekyllTemplates.Head);
        files.Write("_includes/nav.html", JekyllTemplates.Nav);
        files.Write("_includes/footer.html", JekyllTemplates.Footer);
        files.Write("_includes/person-link.html", JekyllTemplates.PersonLink);
        files.Write("_includes/tag-list.html", JekyllTemplates.TagList);
        files.Write("_data/nav.yml", SiteData.Nav);
        files.Write("_data/groups.yml", SiteData.Groups(model));
        files.Write("_data/tags.yml", SiteData.Tags(model));
        files.Write("assets/css/site.css", JekyllTemplates.Css);
        files.Write("index.html", JekyllTemplates.Home(spec.News));
        files.Write("news/index.html", JekyllTemplates.NewsIndex(spec.News));
        files.Write("people/index.html", JekyllTemplates.LayoutIndex("People", "person", "/people/"));
        files.Write("projects/index.html", JekyllTemplates.LayoutIndex("Projects", "project", "/projects/"));
        files.Write("tags/index.html", JekyllTemplates.TagIndex(spec.News));
        files.Write("about.md", $"---\nlayout: page\ntitle: About\npermalink: /about/\n---\n{SiteData.About}");
        files.Write("404.html", JekyllTemplates.Missing);

        foreach (var tag in model.Tags)
        {
            files.Write($"tags/{tag}.md", $"---\nlayout: tag\ntitle: \"Tag: {tag}\"\ntag: {tag}\npermalink: /tags/{tag}/\n---\n");
        }

        foreach (var person in model.People)
        {
            files.Write($"people/{person.Slug}.md", $"---\nlayout: person\ntitle: {person.Name}\nrole: {person.Role}\ngroup: {person.Group}\n---\n{person.Bio}");
        }

        foreach (var project in model.Projects)
        {
            var members = string.Join(", ", project.Members);
            files.Write($"projects/{project.Slug}.md", $"---\nlayout: project\ntitle: {project.Title}\ngroup: {project.Group}\nmembers: [{members}]\n---\n{project.Body}");
        }

        foreach (var post in model.Posts)
        {
            files.Write(PostPath(spec, post), PostSource(post));
        }
    }

    private string PostSource(Post post)
    {
        var text = new StringBuilder("---\nlayout: post\n");
        text.Append("title: ").Append(post.Title).Append('\n');
        text.Append("date: ").Append(post.Date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Append(" +0000\n");
        text.Append("tags: [").Append(string.Join(", ", post.Tags)).Append("]\n");
        text.Append("author: ").Append(post.Author).Append('\n');
        if (spec.News == NewsStyle.Pages)
        {
            text.Append("kind: news\n");
            text.Append("permalink: /news/").Append(post.Date.ToString("yyyy/MM", CultureInfo.InvariantCulture)).Append('/').Append(post.Slug).Append("/\n");
        }

        return text.Append("---\n").Append(post.Body).ToString();
    }
}
