using System.Text;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Liquid.Filters;
using Ikim.Publisher.Site.Liquid.Nodes;
using Ikim.Publisher.Site.Liquid.Parsing;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Tags;

/// <summary>
/// Jekyll's <c>{% link path/to/file.md %}</c>: the URL (with baseurl) of the page, document or
/// static file at that source path. The path may contain Liquid. A missing file is an error.
/// </summary>
internal sealed class LinkTag : Tag
{
    private readonly ParsedTemplate _path;

    public LinkTag(TagSource source)
        : base(source)
    {
        _path = LiquidParser.ParseTemplate(RubyString.Strip(source.Markup), source.Position.Path, source.Position.Line, LiquidErrorMode.Lax);
    }

    public override void Render(RenderContext context, StringBuilder output)
    {
        var rendered = new StringBuilder();
        _path.Root.Render(context, rendered);
        var path = rendered.ToString();
        context.Reads?.Read(Incremental.DependencyKeys.Urls);
        var index = context.Site.Services.SiteIndex ?? SiteDropIndex.For(Incremental.RecordingHash.Unwrap(context.FindVariableOrNull("site")));
        var url = index.UrlOf(path) ?? index.UrlOf("/" + path.TrimStart('/'))
            ?? throw new LiquidException($"Could not find document '{path}' in tag 'link'. Make sure the document exists and the path is correct.");
        output.Append(JekyllUrlFilters.RelativeUrl(context, url));
    }
}

/// <summary>
/// Jekyll's <c>{% post_url 2024-01-15-hello %}</c>: the URL (with baseurl) of the post with that
/// date and slug, in <c>_posts</c> or a category folder's <c>_posts</c>.
/// </summary>
internal sealed class PostUrlTag : Tag
{
    private readonly string _name;
    private readonly Regex _matcher;
    private readonly Regex _fallback;

    public PostUrlTag(TagSource source)
        : base(source)
    {
        _name = RubyString.Strip(source.Markup);
        var match = Regex.Match(_name.StartsWith('/') ? _name[1..] : _name, @"^(.+/)*(\d+-\d+-\d+)-(.*)$", RegexOptions.Multiline);
        if (!match.Success)
        {
            throw new LiquidException(
                $"Could not parse name of post \"{_name}\" in tag 'post_url'. Make sure the post exists and the name is correct. " +
                $"Jekyll::Errors::InvalidPostNameError: '{_name}' does not contain valid date and/or title.");
        }

        var path = Regex.Escape(match.Groups[1].Success ? match.Groups[1].Value : "").Replace("/", "/");
        var basename = $"{Regex.Escape(match.Groups[2].Value)}-{Regex.Escape(match.Groups[3].Value)}\\.[^.]+";
        _matcher = new Regex($"^_posts/{path}{basename}|^{path}_posts/?{basename}", RegexOptions.Multiline);
        _fallback = new Regex($"(?:^|/)_posts/(?:.*/)?{basename}$");
    }

    public override void Render(RenderContext context, StringBuilder output)
    {
        context.Reads?.Read(Incremental.DependencyKeys.Urls);
        var index = context.Site.Services.SiteIndex ?? SiteDropIndex.For(Incremental.RecordingHash.Unwrap(context.FindVariableOrNull("site")));
        // Jekyll's exact match first, then its deprecated one (same date and slug, wherever the post lives).
        foreach (var matcher in new[] { _matcher, _fallback })
        {
            foreach (var (relativePath, url) in index.Posts)
            {
                if (matcher.IsMatch(relativePath))
                {
                    output.Append(JekyllUrlFilters.RelativeUrl(context, url));
                    return;
                }
            }
        }

        throw new LiquidException($"Could not find post \"{_name}\" in tag 'post_url'. Make sure the post exists and the name is correct.");
    }
}
