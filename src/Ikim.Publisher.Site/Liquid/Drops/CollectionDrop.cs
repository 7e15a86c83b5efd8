using Ikim.Publisher.Site.Content;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Liquid.Drops;

/// <summary>An entry of <c>site.collections</c>: its settings plus <c>label</c>, <c>docs</c>, <c>files</c>, <c>output</c>, <c>directory</c>.</summary>
internal static class CollectionDrop
{
    public static ScriptObject Create(Collection collection, ScriptArray docs, ScriptArray files)
    {
        var drop = TemplateValue.ToObject(collection.Metadata);
        drop.SetValue("output", collection.Output, readOnly: false);
        drop.SetValue("label", collection.Label, readOnly: false);
        drop.SetValue("docs", docs, readOnly: false);
        drop.SetValue("files", files, readOnly: false);
        // Jekyll shows the absolute folder on the build machine; the source-relative one is what is portable.
        drop.SetValue("directory", collection.Directory, readOnly: false);
        drop.SetValue("relative_directory", collection.RelativeDirectory, readOnly: false);
        return drop;
    }
}
