using System.Globalization;
using System.Text;

namespace Ikim.Publisher.Benchmarks.Generation;

/// <summary>Writes the content model as a Hugo site with the same pages, URLs and listings as the Jekyll tree.</summary>
internal sealed class HugoSite(ContentModel model)
{
    public void Write(string root)
    {
        var files = new SiteFiles(root);
        files.Write("hugo.toml", HugoTemplates.Config);
        files.Write("layouts/_default/baseof.html", HugoTemplates.BaseOf);
        files.Write("layouts/_default/single.html", HugoTemplates.Single);
        files.Write("layouts/_default/list.html", HugoTemplates.List);
        files.Write("layouts/_default/taxonomy.html", HugoTemplates.Taxonomy);
        files.Write("layouts/_default/term.html", HugoTemplates.Term);
        files.Write("layouts/news/single.html", HugoTemplates.Post);
        files.Write("layouts/people/single.html", HugoTemplates.Person);
        files.Write("layouts/projects/single.html", HugoTemplates.Project);
        files.Write("layouts/index.html", HugoTemplates.Home);
        files.Write("layouts/404.html", HugoTemplates.Missing);
        files.Write("layouts/partials/head.html", HugoTemplates.Head);
        files.Write("layouts/partials/nav.html", HugoTemplates.Nav);
        files.Write("layouts/partials/footer.html", HugoTemplates.Footer);
        files.Write("layouts/partials/person-link.html", HugoTemplates.PersonLink);
        files.Write("layouts/partials/tag-list.html", HugoTemplates.TagList);
        files.Write("data/nav.yaml", SiteData.Nav);
        files.Write("data/groups.yaml", SiteData.Groups(model));
        files.Write("data/tags.yaml", SiteData.Tags(model));
        files.Write("static/assets/css/site.css", JekyllTemplates.Css);
        files.Write("content/_index.md", "---\ntitle: Home\n---\n");
        files.Write("content/news/_index.md", "---\ntitle: News\n---\n");
        files.Write("content/people/_index.md", "---\ntitle: People\n---\n");
        files.Write("content/projects/_index.md", "---\ntitle: Projects\n---\n");
        files.Write("content/tags/_index.md", "---\ntitle: Tags\n---\n");
        files.Write("content/about.md", $"---\ntitle: About\n---\n{SiteData.About}");

        foreach (var person in model.People)
        {
            files.Write($"content/people/{person.Slug}.md", $"---\ntitle: {person.Name}\nrole: {person.Role}\ngroup: {person.Group}\n---\n{person.Bio}");
        }

        foreach (var project in model.Projects)
        {
            files.Write($"content/projects/{project.Slug}.md", $"---\ntitle: {project.Title}\ngroup: {project.Group}\nmembers: [{string.Join(", ", project.Members)}]\n---\n{project.Body}");
        }

        foreach (var post in model.Posts)
        {
            var text = new StringBuilder("---\n");
            text.Append("title: ").Append(post.Title).Append('\n');
            text.Append("date: ").Append(post.Date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append('\n');
            text.Append("slug: ").Append(post.Slug).Append('\n');
            text.Append("tags: [").Append(string.Join(", ", post.Tags)).Append("]\n");
            text.Append("author: ").Append(post.Author).Append('\n');
            files.Write($"content/news/{post.Slug}.md", text.Append("---\n").Append(post.Body).ToString());
        }
    }
}
