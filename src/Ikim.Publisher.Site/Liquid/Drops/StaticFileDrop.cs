using Ikim.Publisher.Site.Content;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Liquid.Drops;

/// <summary>An entry of <c>site.static_files</c>, with the metadata Jekyll exposes.</summary>
internal static class StaticFileDrop
{
    public static ScriptObject Create(StaticFile file)
    {
        var drop = new ScriptObject();
        drop.SetValue("path", "/" + file.SourcePath, readOnly: false);
        drop.SetValue("url", file.Url, readOnly: false);
        drop.SetValue("name", file.Name, readOnly: false);
        drop.SetValue("basename", Path.GetFileNameWithoutExtension(file.Name), readOnly: false);
        drop.SetValue("extname", file.Extension, readOnly: false);
        drop.SetValue("modified_time", file.ModifiedTime, readOnly: false);
        drop.SetValue("collection", null, readOnly: false);
        return drop;
    }
}
