using System.Globalization;
using Ikim.Publisher.Site.Markdown;
using Ikim.Publisher.Site.Plugins.Feed;
using Ikim.Publisher.Site.Plugins.Seo;

namespace Ikim.Publisher.Site.Tests.Plugins;

/// <summary>
/// The seo and feed_meta tags against what jekyll-seo-tag 2.8.0 and jekyll-feed 0.17.0 wrote for the
/// plugin-seo and plugin-feed fixtures (tests/Conformance/sites), fed the same page and site values.
/// </summary>
public sealed class SeoTagTests
{
    private static readonly Dictionary<string, object?> Site = new()
    {
        ["title"] = "Institute of <Fictional> Studies",
        ["tagline"] = "Research & teaching",
        ["description"] = "A made-up institute that studies *fictional* things, with \"quotes\" & ampersands.",
        ["url"] = "https://seo.example.org",
        ["baseurl"] = "/inst",
        ["lang"] = "de-DE",
        ["logo"] = "/assets/logo.png",
        ["author"] = "ada",
        ["twitter"] = new Dictionary<string, object?> { ["username"] = "@fictional_inst", ["card"] = "summary" },
        ["facebook"] = new Dictionary<string, object?> { ["app_id"] = "1234", ["publisher"] = "https://facebook.example.com/inst", ["admins"] = "42" },
        ["social"] = new Dictionary<string, object?> { ["name"] = "Fictional Institute", ["links"] = new List<object?> { "https://social.example.org/@inst", "https://code.example.org/inst" } },
        ["webmaster_verifications"] = new Dictionary<string, object?> { ["google"] = "abc123", ["bing"] = "def456" },
        ["data"] = new Dictionary<string, object?>
        {
            ["authors"] = new Dictionary<string, object?>
            {
                ["ada"] = new Dictionary<string, object?> { ["name"] = "Ada Example", ["twitter"] = "ada_example", ["url"] = "https://example.org/ada", ["picture"] = "/ada.png" },
            },
        },
    };

    [Theory]
    [InlineData("team.html")]
    [InlineData("about/index.html")]
    [InlineData("2025/03/04/article.html")]
    [InlineData("canonical.html")]
    public void Seo_tag_writes_what_jekyll_seo_tag_writes(string page)
    {
        var expected = ExpectedSeoBlock(Path.Combine(Fixture("plugin-seo"), page));

        var html = SeoTag.Render(page == "canonical.html" ? " title=false" : "", Page(page), Site, null, new Filters(), "4.3.1");

        Assert.Equal(expected, html);
    }

    [Fact]
    public void Feed_meta_links_the_feed_with_the_site_title()
    {
        var configuration = new Dictionary<string, object?> { ["title"] = "Institute for Imaging & Medicine \"News\"" };

        var html = FeedMetaTag.Render(configuration, path => "https://news.example.org/institute/" + path);

        Assert.Contains(html, File.ReadAllText(Path.Combine(Fixture("plugin-feed"), "index.html")));
    }

    private static Dictionary<string, object?> Page(string page) => page switch
    {
        "team.html" => new()
        {
            ["url"] = "/team.html",
            ["title"] = "The *team* & friends",
            ["description"] = "People who work here.",
            ["image"] = new Dictionary<string, object?> { ["path"] = "/images/team.jpg", ["height"] = 400L, ["width"] = 600L, ["alt"] = "The team on the stairs" },
            ["locale"] = "en_GB",
            ["author"] = new Dictionary<string, object?> { ["name"] = "Grace Sample", ["twitter"] = "@grace" },
        },
        "about/index.html" => new() { ["url"] = "/about/", ["title"] = "About us" },
        "canonical.html" => new()
        {
            ["url"] = "/canonical.html",
            ["title"] = "Canonical",
            ["canonical_url"] = "https://elsewhere.example.org/canonical/",
            ["image"] = "https://cdn.example.org/pic.png",
            ["seo"] = new Dictionary<string, object?> { ["type"] = "Person", ["name"] = "Dr. Somebody", ["links"] = new List<object?> { "https://profile.example.org/somebody" } },
        },
        _ => new()
        {
            ["url"] = "/2025/03/04/article.html",
            ["title"] = "A first article",
            ["authors"] = new List<object?> { "ada" },
            ["date"] = new DateTimeOffset(2025, 3, 4, 0, 0, 0, TimeSpan.Zero),
            ["last_modified_at"] = new DateTimeOffset(2025, 3, 10, 8, 0, 0, TimeSpan.Zero), // Psych gives YAML times in the local zone (UTC here)
            ["excerpt"] = "<p>The excerpt of the <em>article</em> with a <a href=\"https://example.org\">link</a>.</p>\n",
        },
    };

    private static string ExpectedSeoBlock(string file)
    {
        var html = File.ReadAllText(file);
        var start = html.IndexOf("<!-- Begin Jekyll SEO tag", StringComparison.Ordinal);
        const string end = "<!-- End Jekyll SEO tag -->\n";
        return html[start..(html.IndexOf(end, StringComparison.Ordinal) + end.Length)];
    }

    private static string Fixture(string site)
    {
        var folder = AppContext.BaseDirectory;
        while (!Directory.Exists(Path.Combine(folder, "tests", "Conformance")))
        {
            folder = Path.GetDirectoryName(folder)!;
        }

        return Path.Combine(folder, "tests", "Conformance", "sites", site, "expected");
    }

    // The filters as the fixture's site configures them (url and baseurl), the Markdown through our kramdown converter.
    private sealed class Filters : ISeoFilters
    {
        public string Markdownify(string input) => KramdownConverter.ToHtml(input, MarkdownPipelineFactory.Create());

        public string AbsoluteUrl(string input) => input.Contains("://", StringComparison.Ordinal) ? input : "https://seo.example.org/inst" + (input.StartsWith('/') ? input : "/" + input);

        public string UriEscape(string input) => input;

        public string DateToXmlSchema(object date) => ((DateTimeOffset)date).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}
