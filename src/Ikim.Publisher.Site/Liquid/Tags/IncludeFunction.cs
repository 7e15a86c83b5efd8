using Ikim.Publisher.Site.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Ikim.Publisher.Site.Liquid.Tags;

/// <summary>
/// Jekyll's <c>{% include file.html key=value %}</c>, reached through the rewrite to
/// <c>jekyll_include "file.html" "key" value</c>. The parameters are visible as <c>include.*</c>;
/// as in Liquid, variables assigned inside the include stay visible after it.
/// </summary>
internal sealed class IncludeFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(string);

    public static void Register(ScriptObject globals) =>
        globals.SetValue("jekyll_include", new IncludeFunction(), readOnly: true);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "arguments");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public object? Invoke(TemplateContext templateContext, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var callerNode = callerContext ?? templateContext.CurrentNode!;
        var context = (JekyllTemplateContext)templateContext;
        var caller = new SourcePosition(callerNode.Span.FileName, callerNode.Span.Start.Line + 1, callerNode.Span.Start.Column + 1);
        var name = context.ObjectToString(arguments.Count > 0 ? arguments[0] : null);
        ParsedTemplate template;
        try
        {
            template = context.Templates.GetInclude(name, caller);
        }
        catch (SiteBuildException ex) when (ex.Position != caller)
        {
            throw new SiteBuildException(ex.Position, $"{ex.Reason}; included from {caller}", ex);
        }

        var parameters = new ScriptObject();
        for (var i = 1; i + 1 < arguments.Count; i += 2)
        {
            parameters.SetValue(context.ObjectToString(arguments[i]), arguments[i + 1], readOnly: false);
        }

        var scope = context.CurrentGlobal;
        var hadInclude = scope!.TryGetValue(context, callerNode.Span, "include", out var previous);
        scope.TrySetValue(context, callerNode.Span, "include", parameters, readOnly: false);
        context.EnterRecursive(callerNode);
        context.PushOutput();
        try
        {
            // Template.Render returns what it wrote and clears the pushed output.
            return template.Template.Render(context);
        }
        catch (ScriptRuntimeException ex) when (ex.InnerException is not SiteBuildException)
        {
            throw new SiteBuildException(LiquidErrors.PositionOf(ex), $"Liquid error: {ex.OriginalMessage}; included from {caller}", ex);
        }
        catch (Exception ex) when (LiquidErrors.Unwrap(ex) is { } inner)
        {
            throw new SiteBuildException(inner.Position, $"{inner.Reason}; included from {caller}", inner);
        }
        finally
        {
            context.PopOutput();
            context.ExitRecursive(callerNode);
            if (hadInclude)
            {
                scope.TrySetValue(context, callerNode.Span, "include", previous, readOnly: false);
            }
            else
            {
                scope.Remove("include");
            }
        }
    }
}
