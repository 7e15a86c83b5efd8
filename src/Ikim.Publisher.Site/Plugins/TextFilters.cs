using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Plugins;

/// <summary>
/// The Liquid filters plugins apply to text outside a template (Liquid's <c>strip_html</c>, Jekyll's
/// <c>normalize_whitespace</c>, Liquid's <c>escape_once</c>), with Ruby's ASCII notion of whitespace.
/// </summary>
internal static partial class TextFilters
{
    public static string StripHtml(string input) => HtmlTag().Replace(HtmlBlock().Replace(input, ""), "");

    /// <summary>Whitespace runs become one space; leading and trailing whitespace (and NULs) go, as Ruby's strip.</summary>
    public static string NormalizeWhitespace(string input) => Whitespace().Replace(input, " ").Trim(' ', '\t', '\n', '\v', '\f', '\r', '\0');

    public static string EscapeOnce(string input) => EscapeOncePattern().Replace(input, m => m.Value switch
    {
        "&" => "&amp;",
        "<" => "&lt;",
        ">" => "&gt;",
        "\"" => "&quot;",
        _ => "&#39;",
    });

    [GeneratedRegex("<script.*?</script>|<!--.*?-->|<style.*?</style>", RegexOptions.Singleline)]
    private static partial Regex HtmlBlock();

    [GeneratedRegex("<.*?>", RegexOptions.Singleline)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"[ \t\r\n\f\v]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[""><']|&(?!([a-zA-Z]+|(#\d+));)")]
    private static partial Regex EscapeOncePattern();
}
