using System.Text;

namespace Ikim.Publisher.Benchmarks.Generation;

/// <summary>Writes generated files under a root, creating folders as needed, UTF-8 without BOM, LF line ends.</summary>
internal sealed class SiteFiles(string root)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"), Utf8);
    }
}
