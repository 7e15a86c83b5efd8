using Ikim.Publisher.Site.Liquid.Nodes;
using Ikim.Publisher.Site.Liquid.Parsing;

namespace Ikim.Publisher.Site.Liquid;

/// <summary>A template parsed once and shared read-only between renders.</summary>
public sealed class ParsedTemplate
{
    internal ParsedTemplate(string sourcePath, BlockBody root, IReadOnlyList<LiquidWarning> warnings)
    {
        SourcePath = sourcePath;
        Root = root;
        Warnings = warnings;
    }

    public string SourcePath { get; }

    /// <summary>Markup the strict parser rejected and the lax parser read (Jekyll's "Liquid Warning" lines).</summary>
    public IReadOnlyList<LiquidWarning> Warnings { get; }

    internal BlockBody Root { get; }
}
