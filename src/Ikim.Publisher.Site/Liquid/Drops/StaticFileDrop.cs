using Ikim.Publisher.Site.Content;
using Scriban.Runtime;

namespace Ikim.Publisher.Site.Liquid.Drops;

/// <summary>
/// An entry of <c>site.static_files</c>, as Jekyll's StaticFileDrop: <c>path</c>, <c>name</c>,
/// <c>basename</c>, <c>extname</c>, <c>modified_time</c>, <c>collection</c>, and the front matter
/// defaults that apply to it. There is no <c>url</c>, as in Jekyll.
/// </summary>
internal static class StaticFileDrop
{
    public static ScriptObject Create(StaticFile file)
    {
        var drop = TemplateValue.ToObject(file.Data);
        drop.SetValue("name", file.Name, readOnly: false);
        drop.SetValue("extname", file.Extension, readOnly: false);
        drop.SetValue("modified_time", file.ModifiedTime, readOnly: false);
        drop.SetValue("basename", file.BaseName, readOnly: false);
        drop.SetValue("path", file.RelativePath, readOnly: false);
        drop.SetValue("collection", file.Collection?.Label, readOnly: false);
        return drop;
    }
}
