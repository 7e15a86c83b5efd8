using System.Text;
using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Diagnostics;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// Jekyll's URL class: fills a permalink template's <c>:placeholders</c>, escapes the values as URL
/// paths, and sanitises the result; and the destination file a URL is written to.
/// </summary>
internal static partial class JekyllUrl
{
    /// <summary>
    /// Pages and static files: placeholders replaced in the given order by plain string replacement;
    /// a placeholder the template names but the map lacks stays as written (":title" on a page).
    /// </summary>
    public static string FromHash(string template, IEnumerable<(string Key, string? Value)> placeholders, string sourcePath)
    {
        var result = template;
        foreach (var (key, value) in placeholders)
        {
            if (!result.Contains(':'))
            {
                break;
            }

            result = value is null ? result.Replace("/:" + key, "") : result.Replace(":" + key, EscapePath(value));
        }

        return Sanitize(result, sourcePath);
    }

    /// <summary>
    /// Documents: every <c>:name</c> must be known (a name ending in '_' may also mean the name without
    /// it, so '/:month_:day' works); an unknown placeholder is an error naming the document.
    /// </summary>
    public static string FromPlaceholders(string template, Func<string, string?> lookup, Func<string, bool> known, string sourcePath)
    {
        var result = PlaceholderPattern().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            var winner = known(name) ? name : name.EndsWith('_') && known(name[..^1]) ? name[..^1] : null;
            if (winner is null)
            {
                throw new SiteBuildException(new SourcePosition(sourcePath, 0, 0), $"The URL template doesn't have {name} keys. Check your permalink template!");
            }

            var replacement = EscapePath(lookup(winner) ?? "");
            return replacement + match.Value[(1 + winner.Length)..];
        });
        return Sanitize(result, sourcePath);
    }

    /// <summary>
    /// URL#sanitize_url: '..' becomes '/', './' goes, slashes are squeezed, one leading '/'. A template that
    /// climbs out with a '..' segment is refused outright, so no permalink can aim outside the destination.
    /// </summary>
    public static string Sanitize(string url, string sourcePath)
    {
        if (url.Split('/').Any(segment => segment == ".."))
        {
            throw new SiteBuildException(new SourcePosition(sourcePath, 0, 0), $"permalink '{url}' would write outside the site");
        }

        var result = ("/" + url).Replace("..", "/").Replace("./", "");
        return SlashRun().Replace(result, "/");
    }

    /// <summary>URL.escape_path: percent-encodes what may not stand in a URL path (Addressable's path characters).</summary>
    public static string EscapePath(string path)
    {
        if (path.Length == 0 || SafePath().IsMatch(path))
        {
            return path;
        }

        var builder = new StringBuilder(path.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(path))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?".Contains(c)))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>URL.unescape_path: percent-decoding as UTF-8, what the destination file is named from.</summary>
    public static string UnescapePath(string path) => path.Contains('%') ? Uri.UnescapeDataString(path) : path;

    /// <summary>
    /// Page#destination / Document#destination: the unescaped URL under the destination; a URL ending in '/'
    /// gets <c>index</c> (pages: plus the output extension; documents: always <c>index.html</c>), and the
    /// output extension is appended unless the path already ends with it.
    /// </summary>
    public static string OutputPath(string url, string outputExtension, bool isDocument)
    {
        var path = UnescapePath(url);
        if (path.EndsWith('/'))
        {
            path += isDocument ? "index.html" : "index";
        }

        if (!(isDocument && url.EndsWith('/')) && !path.EndsWith(outputExtension, StringComparison.Ordinal))
        {
            path += outputExtension;
        }

        return path.TrimStart('/');
    }

    [GeneratedRegex(@":([a-z_]+)")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"^[a-zA-Z0-9./-]+$")]
    private static partial Regex SafePath();

    [GeneratedRegex(@"/{2,}")]
    private static partial Regex SlashRun();
}
