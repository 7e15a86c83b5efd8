using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ikim.Publisher.Site.Content;

/// <summary>Resolves plain YAML scalars to values as Psych (YAML 1.1) does.</summary>
internal static partial class YamlScalar
{
    public static object? Resolve(YamlScalarNode node)
    {
        var text = node.Value ?? "";
        if (node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return text;
        }

        if (!node.Tag.IsEmpty)
        {
            return ResolveTagged(node.Tag.Value, text);
        }

        return ResolvePlain(text);
    }

    public static object? ResolvePlain(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
        }

        var lower = text.ToLowerInvariant();
        if (lower is "true" or "yes" or "on")
        {
            return true;
        }

        if (lower is "false" or "no" or "off")
        {
            return false;
        }

        if (IntegerPattern().IsMatch(text) && long.TryParse(text.Replace("_", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (FloatPattern().IsMatch(text) && double.TryParse(text.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return real;
        }

        if (DatePattern().IsMatch(text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (TimestampPattern().IsMatch(text) && JekyllTime.TryParse(text, out var time))
        {
            return time;
        }

        return text;
    }

    private static object? ResolveTagged(string tag, string text) => tag switch
    {
        "tag:yaml.org,2002:str" or "!" => text,
        "tag:yaml.org,2002:int" when long.TryParse(text, CultureInfo.InvariantCulture, out var i) => i,
        "tag:yaml.org,2002:float" when double.TryParse(text, CultureInfo.InvariantCulture, out var f) => f,
        _ => ResolvePlain(text),
    };

    [GeneratedRegex(@"^[-+]?(0|[1-9][0-9_]*)$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?([0-9][0-9_]*)?\.[0-9]+([eE][-+]?[0-9]+)?$|^[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}([Tt]|\s+)\d{1,2}:\d{2}:\d{2}(\.\d+)?\s*(Z|[-+]\d{1,2}(:?\d{2})?)?$")]
    private static partial Regex TimestampPattern();
}
