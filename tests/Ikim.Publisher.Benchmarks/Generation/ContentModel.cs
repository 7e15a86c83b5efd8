using System.Text;

namespace Ikim.Publisher.Benchmarks.Generation;

internal sealed record Group(string Key, string Name);

internal sealed record Person(string Slug, string Name, string Role, string Group, string Bio);

internal sealed record Project(string Slug, string Title, string Group, IReadOnlyList<string> Members, string Body);

internal sealed record Post(string Slug, string Title, DateTime Date, IReadOnlyList<string> Tags, string Author, string Body);

/// <summary>
/// The site's content independent of any generator's file format, so the Jekyll and the Hugo
/// trees carry the same titles, dates, tags, links and Markdown.
/// </summary>
internal sealed class ContentModel
{
    private static readonly string[] FirstNames = ["Anna", "Ben", "Clara", "David", "Elif", "Felix", "Greta", "Hamid", "Ines", "Jonas", "Katja", "Lukas", "Mira", "Nils", "Olga", "Paul", "Rosa", "Sven", "Tara", "Yusuf"];
    private static readonly string[] LastNames = ["Becker", "Demir", "Fischer", "Hoffmann", "Kaya", "Klein", "Koch", "Lange", "Meyer", "Neumann", "Richter", "Schmidt", "Schulz", "Wagner", "Weber", "Wolf", "Yilmaz", "Zimmermann"];
    private static readonly string[] Roles = ["Professor", "Postdoc", "PhD student", "Research engineer", "Data steward", "Clinician scientist"];
    private static readonly string[] TagWords = ["imaging", "genomics", "nlp", "radiology", "pathology", "oncology", "cardiology", "privacy", "federated", "transformers", "segmentation", "proteomics", "ethics", "teaching", "events", "awards", "software", "datasets", "hpc", "clinical-trials"];

    public required IReadOnlyList<Group> Groups { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public required IReadOnlyList<Person> People { get; init; }

    public required IReadOnlyList<Project> Projects { get; init; }

    /// <summary>Oldest first; one every 13 hours from 2015 on.</summary>
    public required IReadOnlyList<Post> Posts { get; init; }

    public static ContentModel Create(SiteSpec spec)
    {
        var prose = new Prose(spec.Seed);
        var groups = Enumerable.Range(0, 8).Select(i => new Group($"group-{i}", $"{prose.Title(2)} Lab")).ToList();
        var tags = Enumerable.Range(0, spec.Tags).Select(i => i < TagWords.Length ? TagWords[i] : $"{TagWords[i % TagWords.Length]}-{i / TagWords.Length}").ToList();

        var people = new List<Person>();
        for (var i = 0; i < spec.People; i++)
        {
            var first = FirstNames[i % FirstNames.Length];
            var last = LastNames[(i / FirstNames.Length) % LastNames.Length];
            people.Add(new Person($"{first}-{last}-{i}".ToLowerInvariant(), $"{first} {last}", Roles[prose.Next(Roles.Length)], groups[prose.Next(groups.Count)].Key, Paragraphs(prose, 1, 3, [])));
        }

        var peopleUrls = people.Select(p => $"/people/{p.Slug}/").ToList();
        var projects = new List<Project>();
        for (var i = 0; i < spec.Projects; i++)
        {
            var members = Enumerable.Range(0, prose.Next(3, 7)).Select(_ => people[prose.Next(people.Count)].Slug).Distinct().ToList();
            projects.Add(new Project($"project-{i}", prose.Title(3), groups[prose.Next(groups.Count)].Key, members, Paragraphs(prose, 3, 5, peopleUrls)));
        }

        var posts = new List<Post>();
        var start = new DateTime(2015, 1, 1, 8, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < spec.Posts; i++)
        {
            // The first posts use every tag once, so Hugo (which only makes pages for used tags) has every tag page too.
            var postTags = Enumerable.Range(0, 3).Select(t => tags[t == 0 && i < tags.Count ? i : Skewed(prose, tags.Count)]).Distinct().ToList();
            var title = prose.Title(prose.Next(3, 8));
            posts.Add(new Post($"{Slug(title)}-{i}", title, start.AddHours(13 * i), postTags, people[prose.Next(people.Count)].Slug, PostBody(prose, i, peopleUrls)));
        }

        return new ContentModel { Groups = groups, Tags = tags, People = people, Projects = projects, Posts = posts };
    }

    private static string PostBody(Prose prose, int index, IReadOnlyList<string> links)
    {
        var body = new StringBuilder(Paragraphs(prose, 2, 4, links));
        body.Append("\n## ").Append(prose.Title(3)).Append("\n\n").Append(Paragraphs(prose, 1, 3, links));
        body.Append('\n').Append(prose.List(prose.Next(3, 6)));
        if (index % 7 == 0)
        {
            body.Append('\n').Append(prose.Table(prose.Next(3, 6)));
        }

        if (index % 10 == 0)
        {
            body.Append("\n```python\nmodel = train(cohort, epochs=")
                .Append(prose.Next(5, 50)).Append(")\nprint(model.evaluate(validation))\n```\n");
        }

        return body.ToString();
    }

    private static string Paragraphs(Prose prose, int min, int max, IReadOnlyList<string> links) =>
        string.Join("\n", Enumerable.Range(0, prose.Next(min, max + 1)).Select(_ => prose.Paragraph(30, 70, links)));

    // A few tags are popular and most are rare, as on real sites.
    private static int Skewed(Prose prose, int count) => Math.Min(prose.Next(count) * prose.Next(count) / count, count - 1);

    private static string Slug(string title) => string.Join('-', title.ToLowerInvariant().Split(' ').Take(5));
}
