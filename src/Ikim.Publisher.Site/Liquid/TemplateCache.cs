using System.Collections.Concurrent;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Reading;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Liquid;

/// <summary>
/// Parses each template file once per build and hands out the shared parse. Includes are
/// looked up here and confined to the includes folder: a name that climbs out with '..' is an error.
/// </summary>
public sealed class TemplateCache
{
    private readonly ISourceTree _tree;
    private readonly string _includesDir;
    private readonly ConcurrentDictionary<string, Lazy<ParsedTemplate>> _templates = new(StringComparer.Ordinal);

    public TemplateCache(ISourceTree tree, string includesDir)
    {
        _tree = tree;
        _includesDir = includesDir.Trim('/');
    }

    /// <summary>The parse of a template whose text is already known (a page body or a layout).</summary>
    public ParsedTemplate GetOrParse(string sourcePath, string text, int firstLine) =>
        _templates.GetOrAdd(sourcePath, path => new Lazy<ParsedTemplate>(() => LiquidParser.Parse(text, path, firstLine))).Value;

    /// <summary>Resolves <c>{% include name %}</c> to a parsed template under the includes folder.</summary>
    public ParsedTemplate GetInclude(string name, SourcePosition caller)
    {
        var path = ConfinedPath(_includesDir, name, caller);
        if (!_tree.Contains(path))
        {
            throw new SiteBuildException(caller, $"Could not locate the included file '{name}' in '{_includesDir}'. Ensure it exists and is not excluded.");
        }

        return _templates.GetOrAdd(path, p => new Lazy<ParsedTemplate>(() => LiquidParser.Parse(SourceText.Read(_tree, p), p))).Value;
    }

    private static string ConfinedPath(string folder, string name, SourcePosition caller)
    {
        var segments = name.Trim().Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s is ".." or "."))
        {
            throw new SiteBuildException(caller, $"Invalid include name '{name}': includes must stay inside '{folder}'");
        }

        return folder + "/" + string.Join('/', segments);
    }
}
