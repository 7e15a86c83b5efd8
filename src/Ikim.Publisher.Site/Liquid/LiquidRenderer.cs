using System.Text;
using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Liquid.Runtime;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Liquid;

/// <summary>
/// Renders parsed templates as Jekyll 4.3 (Liquid 5.4) would. Filters and tags are shared
/// read-only; each render gets its own context. The variables (Jekyll's payload: <c>site</c>,
/// <c>page</c>, <c>content</c>, <c>layout</c>…) are Scriban <see cref="ScriptObject"/>s.
/// </summary>
public sealed class LiquidRenderer
{
    private readonly LiquidSite _site;
    private readonly OutputBuffers _buffers = new();

    public LiquidRenderer(SiteConfiguration configuration, TemplateCache templates, LiquidServices? services = null)
    {
        _site = new LiquidSite(configuration, templates, services ?? new LiquidServices());
    }

    public TemplateCache Templates => _site.Templates;

    /// <param name="variables">
    /// The top-level variables. Like Jekyll's payload they are shared by a page and its layouts:
    /// <c>{% increment %}</c> counters are kept in them.
    /// </param>
    public string Render(ParsedTemplate template, ScriptObject variables, CancellationToken cancellationToken = default) =>
        Render(template, variables, null, cancellationToken);

    /// <param name="reads">Records the files and site-wide indexes the render reads (incremental builds).</param>
    internal string Render(ParsedTemplate template, ScriptObject variables, Incremental.DependencyRecorder? reads, CancellationToken cancellationToken)
    {
        var context = new RenderContext(_site, variables!, cancellationToken) { Reads = reads };
        var output = _buffers.Rent();
        try
        {
            template.Root.Render(context, output);
            return output.ToString();
        }
        catch (LiquidException error)
        {
            throw new SiteBuildException(error.Position ?? new SourcePosition(template.SourcePath, 0, 0), error.Describe(), error);
        }
        finally
        {
            _buffers.Return(output);
        }
    }
}
