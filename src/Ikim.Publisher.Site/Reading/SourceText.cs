using System.Text;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Reading;

/// <summary>Decodes source files as UTF-8 (Jekyll's default encoding), dropping a byte-order mark.</summary>
internal static class SourceText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Read(ISourceTree tree, string path) => Decode(tree.Read(path));

    public static string Decode(byte[] bytes)
    {
        var text = Utf8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }
}
