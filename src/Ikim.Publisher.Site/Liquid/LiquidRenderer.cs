using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Liquid.Filters;
using Ikim.Publisher.Site.Liquid.Tags;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Ikim.Publisher.Site.Liquid;

/// <summary>
/// Renders parsed templates. The filters and tag functions are imported once into a
/// read-only global object; each render gets its own context and variable scope.
/// </summary>
public sealed class LiquidRenderer
{
    private readonly ScriptObject _builtins;

    public LiquidRenderer(SiteConfiguration configuration, TemplateCache templates)
    {
        Templates = templates;
        _builtins = new ScriptObject();
        new UrlFilters(configuration).Register(_builtins);
        IncludeFunction.Register(_builtins);
        _builtins.IsReadOnly = true;
    }

    public TemplateCache Templates { get; }

    /// <param name="variables">The top-level variables (<c>page</c>, <c>site</c>, <c>content</c>, <c>layout</c>…).</param>
    public string Render(ParsedTemplate template, ScriptObject variables, CancellationToken cancellationToken = default)
    {
        var context = new JekyllTemplateContext(Templates) { CancellationToken = cancellationToken };
        context.PushGlobal(_builtins);
        context.PushGlobal(variables);
        try
        {
            return template.Template.Render(context);
        }
        catch (Exception ex) when (LiquidErrors.Unwrap(ex) is { } error)
        {
            throw error;
        }
        catch (ScriptRuntimeException ex)
        {
            throw new SiteBuildException(LiquidErrors.PositionOf(ex), $"Liquid error: {ex.OriginalMessage}", ex);
        }
    }
}
