using System.Globalization;
using System.Text;
using static Ikim.Publisher.Site.Plugins.LiquidValues;

namespace Ikim.Publisher.Site.Plugins.Seo;

/// <summary>
/// jekyll-seo-tag's JSON-LD: the schema.org description of the page, keys sorted, nil values left out,
/// written as Ruby's JSON generator writes it (no spaces, only quotes, backslashes and control
/// characters escaped).
/// </summary>
internal static class SeoJsonLd
{
    private static readonly HashSet<string> EntityTypes = new(StringComparer.Ordinal) { "BlogPosting", "CreativeWork" };
    private static readonly HashSet<string> AuthorTypes = new(StringComparer.Ordinal) { "Organization", "Person" };

    public static string Write(SeoData seo)
    {
        var logo = seo.Logo;
        var entries = new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["@context"] = "https://schema.org",
            ["@type"] = seo.Type,
            ["author"] = Author(seo.Author),
            ["dateModified"] = seo.DateModified,
            ["datePublished"] = seo.DatePublished,
            ["description"] = seo.Description,
            ["headline"] = seo.PageTitle,
            ["image"] = Image(seo.Image),
            ["mainEntityOfPage"] = EntityTypes.Contains(seo.Type) ? Map(("@type", "WebPage"), ("@id", seo.CanonicalUrl)) : null,
            ["name"] = seo.Name,
            ["publisher"] = logo is null ? null : Publisher(logo, seo.Author),
            ["sameAs"] = seo.Links,
            ["url"] = seo.CanonicalUrl,
        };
        var json = new StringBuilder();
        WriteValue(json, entries.Where(e => e.Value is not null).ToList());
        return json.ToString();
    }

    private static List<KeyValuePair<string, object?>>? Author(SeoAuthor author)
    {
        if (!IsTruthy(author.Name))
        {
            return null;
        }

        var type = author["type"];
        if (IsTruthy(type) && !AuthorTypes.Contains(ToS(type)))
        {
            return null;
        }

        var hash = Map(("@type", IsTruthy(type) ? type : "Person"), ("name", author.Name));
        if (IsTruthy(author["url"]))
        {
            hash.Add(new("url", author["url"]));
        }

        return hash;
    }

    private static object? Image(SeoImage? image)
    {
        if (image is null)
        {
            return null;
        }

        if (image.Values.Count == 1)
        {
            return image.Path;
        }

        var hash = image.Values.Where(v => v.Key != "path").ToList();
        hash.Add(new("url", image.Path));
        hash.Add(new("@type", "imageObject"));
        return hash;
    }

    private static List<KeyValuePair<string, object?>> Publisher(string logo, SeoAuthor author)
    {
        var output = Map(("@type", "Organization"), ("logo", Map(("@type", "ImageObject"), ("url", logo))));
        if (IsTruthy(author.Name))
        {
            output.Add(new("name", author.Name));
        }

        return output;
    }

    private static List<KeyValuePair<string, object?>> Map(params (string Key, object? Value)[] entries) =>
        entries.Select(e => new KeyValuePair<string, object?>(e.Key, e.Value)).ToList();

    private static void WriteValue(StringBuilder json, object? value)
    {
        switch (value)
        {
            case null:
                json.Append("null");
                break;
            case string text:
                WriteString(json, text);
                break;
            case bool flag:
                json.Append(flag ? "true" : "false");
                break;
            case DateTimeOffset time:
                WriteString(json, time.ToString("yyyy-MM-dd HH:mm:ss ", CultureInfo.InvariantCulture) + time.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", ""));
                break;
            case double number:
                json.Append(ToS(number));
                break;
            case IFormattable number:
                json.Append(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                WriteObject(json, pairs);
                break;
            case var map when IsMapping(map):
                WriteObject(json, Entries(map));
                break;
            case System.Collections.IEnumerable list:
                json.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    json.Append(first ? "" : ",");
                    first = false;
                    WriteValue(json, item);
                }

                json.Append(']');
                break;
            default:
                WriteString(json, ToS(value));
                break;
        }
    }

    private static void WriteObject(StringBuilder json, IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        json.Append('{');
        var first = true;
        foreach (var (key, item) in pairs)
        {
            json.Append(first ? "" : ",");
            first = false;
            WriteString(json, key);
            json.Append(':');
            WriteValue(json, item);
        }

        json.Append('}');
    }

    private static void WriteString(StringBuilder json, string text)
    {
        json.Append('"');
        foreach (var c in text)
        {
            json.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        json.Append('"');
    }
}
