using System.Text;

namespace Ikim.Publisher.Benchmarks.Generation;

/// <summary>The data files and fixed texts both generated trees share (YAML reads the same in Jekyll and Hugo).</summary>
internal static class SiteData
{
    public const string Nav = """
        - title: Home
          url: /
        - title: News
          url: /news/
        - title: People
          url: /people/
        - title: Projects
          url: /projects/
        - title: Tags
          url: /tags/
        - title: About
          url: /about/

        """;

    public const string About = """
        The institute brings together **clinicians**, *data scientists* and engineers.

        - Imaging and radiology
        - Genomics and proteomics
        - Clinical natural language processing

        """;

    public static string Groups(ContentModel model) => Yaml(model.Groups.Select(g => $"- key: {g.Key}\n  name: {g.Name}\n"));

    public static string Tags(ContentModel model) => Yaml(model.Tags.Select(t => $"- key: {t}\n  description: News about {t}.\n"));

    private static string Yaml(IEnumerable<string> entries) => entries.Aggregate(new StringBuilder(), (text, entry) => text.Append(entry)).ToString();
}
