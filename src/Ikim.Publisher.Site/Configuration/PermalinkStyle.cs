namespace Ikim.Publisher.Site.Configuration;

/// <summary>Jekyll's built-in permalink styles and how they shape pages' and collections' templates.</summary>
public static class PermalinkStyle
{
    private static readonly Dictionary<string, string> Styles = new(StringComparer.Ordinal)
    {
        ["none"] = "/:categories/:title:output_ext",
        ["date"] = "/:categories/:year/:month/:day/:title:output_ext",
        ["ordinal"] = "/:categories/:year/:y_day/:title:output_ext",
        ["pretty"] = "/:categories/:year/:month/:day/:title/",
        ["weekdate"] = "/:categories/:year/W:week/:short_day/:title:output_ext",
    };

    /// <summary>The posts template for a style name; anything else is already a template.</summary>
    public static string Template(string style) => Styles.GetValueOrDefault(style) ?? style;

    /// <summary>
    /// Utils.add_permalink_suffix: <c>pretty</c> (or a style ending in '/') adds '/', the other built-in
    /// styles (or a style ending in ':output_ext') add ':output_ext', anything else adds nothing.
    /// </summary>
    public static string AddSuffix(string template, string style)
    {
        switch (style)
        {
            case "pretty":
                return template + "/";
            case "date" or "ordinal" or "none":
                return template + ":output_ext";
        }

        if (style.EndsWith('/'))
        {
            template += "/";
        }

        if (style.EndsWith(":output_ext", StringComparison.Ordinal))
        {
            template += ":output_ext";
        }

        return template;
    }
}
