using System.Globalization;
using System.Net;

namespace Ikim.Publisher.Site.Markdown.Typography;

/// <summary>The character of a named or numeric entity as kramdown's smart_quotes option names them.</summary>
public static class Entities
{
    public static string ToCharacter(string name)
    {
        if (name.StartsWith('#'))
        {
            var number = name.StartsWith("#x", StringComparison.OrdinalIgnoreCase)
                ? int.Parse(name.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                : int.Parse(name.AsSpan(1), CultureInfo.InvariantCulture);
            return char.ConvertFromUtf32(number);
        }

        // HTML 4 has no &apos;; kramdown's table does.
        return name == "apos" ? "'" : WebUtility.HtmlDecode("&" + name + ";");
    }
}
