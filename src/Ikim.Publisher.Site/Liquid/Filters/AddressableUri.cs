using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// The parts of Ruby's Addressable::URI that Jekyll's URL filters rely on: <c>absolute?</c> (has a
/// scheme), <c>normalize</c> (lower-case scheme and host, default port dropped, dot segments
/// removed, each component percent-encoded after NFKC normalisation) and <c>normalize_component</c>.
/// </summary>
internal static partial class AddressableUri
{
    private const string Unreserved = "a-zA-Z0-9\\-._~";
    private const string SubDelims = "!$&'()*+,;=";
    private const string Reserved = ":/?#\\[\\]@" + SubDelims;
    private const string PChar = Unreserved + SubDelims + ":@";

    // The characters each component keeps as they are, read off its encode pattern (ASCII only,
    // never '%', which is decoded first). A component made of these alone comes out of
    // normalize_component unchanged, and relative_url meets little else, many times a page.
    private static readonly SearchValues<char> KeptInAny = Kept(ReservedAndUnreserved());
    private static readonly SearchValues<char> KeptInPathSegment = Kept(PathSegmentCharacters());
    private static readonly SearchValues<char> KeptInPath = SearchValues.Create(KeptBy(PathSegmentCharacters()) + "/");
    private static readonly SearchValues<char> KeptInQuery = Kept(QueryCharacters());
    private static readonly SearchValues<char> KeptInFragment = Kept(FragmentCharacters());
    private static readonly SearchValues<char> SchemeEnd = SearchValues.Create(":/?#");

    /// <summary>Whether the scheme group of <see cref="Parts"/> matches: the first of <c>:/?#</c> is a colon after at least one character.</summary>
    public static bool IsAbsolute(string uri)
    {
        var end = uri.AsSpan().IndexOfAny(SchemeEnd);
        return end > 0 && uri[end] == ':';
    }

    /// <summary>Addressable::URI.parse(uri).normalize.to_s</summary>
    public static string Normalize(string uri)
    {
        // A plain absolute path ("/news/2024/01/title/"): no scheme, authority, query, fragment or
        // dot segment, and nothing to encode, so normalising gives it back unchanged.
        if (uri.Length > 0 && uri[0] == '/' && !uri.StartsWith("//", StringComparison.Ordinal)
            && !uri.AsSpan().ContainsAnyExcept(KeptInPath) && !uri.Contains("/.", StringComparison.Ordinal))
        {
            return uri;
        }

        var parts = Parts().Match(uri);
        var output = new StringBuilder(uri.Length + 16);
        var scheme = parts.Groups["scheme"].Success ? parts.Groups["scheme"].Value.ToLowerInvariant() : null;
        if (scheme is not null)
        {
            output.Append(scheme).Append(':');
        }

        if (parts.Groups["authority"].Success)
        {
            output.Append("//").Append(NormalizeAuthority(parts.Groups["authority"].Value, scheme));
        }

        var path = NormalizePath(parts.Groups["path"].Value);
        if (path.Length == 0 && scheme is "http" or "https" or "ftp" or "tftp")
        {
            path = "/";
        }

        output.Append(path);
        if (parts.Groups["query"].Success)
        {
            var query = string.Join('&', parts.Groups["query"].Value.Split('&').Select(pair => NormalizeComponent(pair, QueryCharacters(), KeptInQuery, "+")));
            if (query.Length > 0)
            {
                output.Append('?').Append(query);
            }
        }

        if (parts.Groups["fragment"].Success)
        {
            var fragment = NormalizeComponent(parts.Groups["fragment"].Value, FragmentCharacters(), KeptInFragment);
            if (fragment.Length > 0)
            {
                output.Append('#').Append(fragment);
            }
        }

        return output.ToString();
    }

    /// <summary>Addressable::URI.normalize_component with the reserved and unreserved characters kept (Jekyll's uri_escape).</summary>
    public static string NormalizeComponent(string component) => NormalizeComponent(component, ReservedAndUnreserved(), KeptInAny);

    private static string NormalizeComponent(string component, Regex encode, SearchValues<char> kept, string leaveEncoded = "")
    {
        // Nothing to decode (no '%'), nothing for NFKC to change (ASCII) and nothing to encode.
        if (!component.AsSpan().ContainsAnyExcept(kept))
        {
            return component;
        }

        var decoded = Decode(component, leaveEncoded);
        string normalized;
        try
        {
            normalized = decoded.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            normalized = decoded;
        }

        var output = new StringBuilder(normalized.Length + 16);
        foreach (var rune in normalized.EnumerateRunes())
        {
            var text = rune.ToString();
            if (encode.IsMatch(text))
            {
                foreach (var b in Encoding.UTF8.GetBytes(text))
                {
                    output.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }
            else
            {
                output.Append(text);
            }
        }

        return output.ToString();
    }

    // %XX sequences become bytes again (except those left encoded), read as UTF-8.
    private static string Decode(string component, string leaveEncoded)
    {
        var bytes = new List<byte>(component.Length);
        for (var i = 0; i < component.Length; i++)
        {
            if (component[i] == '%' && i + 2 < component.Length && char.IsAsciiHexDigit(component[i + 1]) && char.IsAsciiHexDigit(component[i + 2]))
            {
                var value = byte.Parse(component.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (!leaveEncoded.Contains((char)value))
                {
                    bytes.Add(value);
                    i += 2;
                    continue;
                }
            }

            var width = char.IsHighSurrogate(component[i]) && i + 1 < component.Length ? 2 : 1;
            bytes.AddRange(Encoding.UTF8.GetBytes(component.Substring(i, width)));
            i += width - 1;
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string NormalizeAuthority(string authority, string? scheme)
    {
        var at = authority.LastIndexOf('@');
        var userinfo = at >= 0 ? authority[..(at + 1)] : "";
        var host = authority[(at + 1)..].ToLowerInvariant();
        var colon = host.LastIndexOf(':');
        if (colon >= 0 && !host.EndsWith(']'))
        {
            var port = host[(colon + 1)..];
            if (port.Length == 0 || (scheme, port) is ("http", "80") or ("https", "443") or ("ftp", "21"))
            {
                host = host[..colon];
            }
        }

        return userinfo + host;
    }

    // Each segment normalised, then RFC 3986 dot-segment removal.
    private static string NormalizePath(string path)
    {
        var segments = path.Trim().Split('/').Select(segment => NormalizeComponent(segment, PathSegmentCharacters(), KeptInPathSegment));
        return RemoveDotSegments(string.Join('/', segments));
    }

    private static string RemoveDotSegments(string path)
    {
        var input = path;
        var output = new StringBuilder();
        while (input.Length > 0)
        {
            if (input.StartsWith("../", StringComparison.Ordinal) || input.StartsWith("./", StringComparison.Ordinal))
            {
                input = input[(input.IndexOf('/') + 1)..];
            }
            else if (input.StartsWith("/./", StringComparison.Ordinal) || input == "/.")
            {
                input = "/" + input[Math.Min(3, input.Length)..];
            }
            else if (input.StartsWith("/../", StringComparison.Ordinal) || input == "/..")
            {
                input = "/" + input[Math.Min(4, input.Length)..];
                var last = output.ToString().LastIndexOf('/');
                output.Length = Math.Max(0, last);
            }
            else if (input is "." or "..")
            {
                input = "";
            }
            else
            {
                var next = input.IndexOf('/', 1);
                var segment = next < 0 ? input : input[..next];
                output.Append(segment);
                input = next < 0 ? "" : input[next..];
            }
        }

        return output.ToString();
    }

    private static SearchValues<char> Kept(Regex encode) => SearchValues.Create(KeptBy(encode));

    private static string KeptBy(Regex encode) =>
        new([.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c != '%' && !encode.IsMatch(c.ToString()))]);

    [GeneratedRegex(@"^(?:(?<scheme>[^:/?#]+):)?(?://(?<authority>[^/?#]*))?(?<path>[^?#]*)(?:\?(?<query>[^#]*))?(?:#(?<fragment>.*))?$", RegexOptions.Singleline)]
    private static partial Regex Parts();

    [GeneratedRegex("[^" + Reserved + Unreserved + "]")]
    private static partial Regex ReservedAndUnreserved();

    [GeneratedRegex("[^" + PChar + "]")]
    private static partial Regex PathSegmentCharacters();

    [GeneratedRegex(@"[^a-zA-Z0-9\-._~!$'()*+,=:@/?%]|%(?!2B|2b)")]
    private static partial Regex QueryCharacters();

    [GeneratedRegex("[^" + PChar + "/?]")]
    private static partial Regex FragmentCharacters();
}
