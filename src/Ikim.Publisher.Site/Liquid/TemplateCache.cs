using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Reading;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Liquid;

/// <summary>
/// Parses each template file once per build and hands out the shared parse: page bodies,
/// layouts, includes and include_relative files. Include names are checked as Jekyll checks them
/// (no '..', './', '//', only safe characters), so a template cannot reach outside its folder.
/// </summary>
public sealed partial class TemplateCache
{
    private readonly ISourceTree _tree;
    private readonly string _includesDir;
    private readonly ConcurrentDictionary<string, Lazy<ParsedTemplate>> _templates = new(StringComparer.Ordinal);

    public TemplateCache(ISourceTree tree, string includesDir, LiquidOptions? options = null)
    {
        _tree = tree;
        _includesDir = includesDir.Trim('/');
        Options = options ?? new LiquidOptions();
    }

    /// <summary>
    /// A cache for a site: includes from its <c>includes_dir</c>, options from its <c>liquid:</c> settings,
    /// and the tags of its enabled plugins (<c>{% seo %}</c>, <c>{% feed_meta %}</c>).
    /// </summary>
    public TemplateCache(ISourceTree tree, SiteConfiguration configuration, Plugins.EnabledPlugins? plugins = null)
        : this(tree, configuration.IncludesDir, LiquidOptions.From(configuration))
    {
        Tags = Liquid.Tags.TagRegistry.For(plugins ?? Plugins.EnabledPlugins.None);
    }

    public LiquidOptions Options { get; }

    internal Tags.TagRegistry Tags { get; } = Liquid.Tags.TagRegistry.Jekyll;

    /// <summary>The parse of a template whose text is already known (a page body or a layout).</summary>
    public ParsedTemplate GetOrParse(string sourcePath, string text, int firstLine) =>
        Get(sourcePath, () => LiquidParser.Parse(text, sourcePath, firstLine, Options.ErrorMode, Tags));

    /// <summary>Resolves <c>{% include name %}</c> to a parsed template under the includes folder.</summary>
    internal ParsedTemplate GetInclude(string name) => GetFile(_includesDir, name);

    /// <summary>Resolves <c>{% include_relative name %}</c> against the folder of the page being rendered.</summary>
    internal ParsedTemplate GetRelative(string pageFolder, string name) => GetFile(pageFolder.Trim('/'), name);

    /// <summary>Jekyll's include name check: no '..', './', '/.' or '//' and only these characters.</summary>
    internal static void ValidateFileName(string? name, string tag)
    {
        if (name is null || InvalidSequences().IsMatch(name) || !ValidFileName().IsMatch(name))
        {
            throw new LiquidException(
                $"Invalid syntax for {tag} tag. File contains invalid characters or sequences: {name} (the file must be named inside its folder: no '..', './' or '//'). Valid syntax: {{% {tag} file.ext param='value' param2='value' %}}");
        }
    }

    private ParsedTemplate GetFile(string folder, string name)
    {
        var path = (folder.Length == 0 ? "" : folder + "/") + name.TrimStart('/');
        if (!_tree.Contains(path))
        {
            throw new LiquidException(
                $"Could not locate the included file '{name}' in any of [\"{folder}\"]. Ensure it exists in one of those directories and is not a symlink as those are not allowed in safe mode.");
        }

        return Get(path, () => LiquidParser.ParseTemplate(SourceText.Read(_tree, path), path, 1, Options.ErrorMode, Tags));
    }

    private ParsedTemplate Get(string path, Func<ParsedTemplate> parse)
    {
        var entry = _templates.GetOrAdd(path, _ => new Lazy<ParsedTemplate>(parse));
        try
        {
            return entry.Value;
        }
        catch (Exception error) when (error is LiquidException or SiteBuildException)
        {
            // A failed parse is not kept: the next caller gets a fresh error with its own include chain.
            _templates.TryRemove(new KeyValuePair<string, Lazy<ParsedTemplate>>(path, entry));
            throw;
        }
    }

    [GeneratedRegex(@"[./]{2,}")]
    private static partial Regex InvalidSequences();

    [GeneratedRegex(@"^[a-zA-Z0-9_/.\-()+~#@]+$", RegexOptions.Multiline)]
    private static partial Regex ValidFileName();
}
