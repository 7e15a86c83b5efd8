namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>kramdown's SmartyPants parser as Jekyll's smartify uses it (placeholder until ported).</summary>
internal static class SmartyPants
{
    public static string Convert(string text) => text;
}
