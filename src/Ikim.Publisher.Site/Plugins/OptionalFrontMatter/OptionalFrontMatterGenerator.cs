using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Plugins.OptionalFrontMatter;

/// <summary>
/// jekyll-optional-front-matter: Markdown files without front matter (read as static files) are rendered as
/// pages too, except README, LICENSE and friends unless <c>include</c> names them. The static copies stay
/// unless <c>optional_front_matter: {remove_originals: true}</c>; <c>require_front_matter: true</c> turns
/// the plugin off.
/// </summary>
internal sealed class OptionalFrontMatterGenerator : ISiteGenerator
{
    private static readonly HashSet<string> Blacklist = new(StringComparer.Ordinal)
    {
        "README", "LICENSE", "LICENCE", "COPYING", "CODE_OF_CONDUCT", "CONTRIBUTING", "ISSUE_TEMPLATE", "PULL_REQUEST_TEMPLATE",
    };

    public GeneratorPriority Priority => GeneratorPriority.Normal;

    public void Generate(GeneratorSite site)
    {
        var options = new PluginOptions(site, "optional_front_matter");
        var requireFrontMatter = site.Configuration.Values.GetValueOrDefault("require_front_matter") is not (null or false);
        if (options.Disabled || requireFrontMatter)
        {
            return;
        }

        // Files inside collections are left to their collection.
        var markdown = site.StaticFiles.Where(f => f.Collection is null && site.IsMarkdown(f.Extension) && !Blacklisted(site, f)).ToList();
        foreach (var file in markdown)
        {
            if (site.ReadPage(file.SourcePath) is { } page)
            {
                site.Pages.Add(page);
            }
        }

        if (options.IsTrue("remove_originals"))
        {
            site.StaticFiles.RemoveAll(markdown.Contains);
        }
    }

    private static bool Blacklisted(GeneratorSite site, StaticFile file) =>
        !site.IsIncluded(file.SourcePath) && Blacklist.Contains(file.BaseName.ToUpperInvariant());
}
