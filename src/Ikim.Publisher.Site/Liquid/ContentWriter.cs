using System.Text;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Liquid.Nodes;
using Ikim.Publisher.Site.Liquid.Runtime;

namespace Ikim.Publisher.Site.Liquid;

/// <summary>
/// Output written by code instead of a template (a plugin's feed, sitemap or redirect page). It runs where
/// the template would, with the same variables, so it sees the site exactly as templates do.
/// </summary>
internal delegate void ContentWriter(RenderContext context, StringBuilder output);

/// <summary>A parsed template whose only node is a <see cref="ContentWriter"/>: errors and limits work as for any render.</summary>
internal static class WrittenTemplate
{
    public static ParsedTemplate For(string sourcePath, ContentWriter writer)
    {
        var root = new BlockBody();
        root.Nodes.Add(new WriterNode(new SourcePosition(sourcePath, 1, 1), writer));
        return new ParsedTemplate(sourcePath, root, []);
    }

    private sealed class WriterNode(SourcePosition position, ContentWriter writer) : Node(position)
    {
        public override void Render(RenderContext context, StringBuilder output) => writer(context, output);
    }
}
