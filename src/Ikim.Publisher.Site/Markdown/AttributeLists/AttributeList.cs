using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Markdown.Kramdown;

namespace Ikim.Publisher.Site.Markdown.AttributeLists;

/// <summary>
/// kramdown's <c>parse_attribute_list</c>: <c>key="value"</c> pairs, <c>#id</c>, <c>.class</c>
/// (classes accumulate) and bare names that refer to attribute list definitions (ALDs).
/// </summary>
public static partial class AttributeList
{
    public static KramdownAttributes Parse(string text)
    {
        var attributes = new KramdownAttributes();
        foreach (Match match in Item().Matches(text))
        {
            if (match.Groups["key"].Success)
            {
                var quote = match.Groups["quote"].Value;
                attributes[match.Groups["key"].Value] = match.Groups["value"].Value.Replace("\\}", "}").Replace("\\" + quote, quote);
            }
            else if (match.Groups["ref"].Success)
            {
                attributes.References.Add(match.Groups["ref"].Value);
            }
            else
            {
                foreach (Match part in IdOrClass().Matches(match.Groups["idclass"].Value))
                {
                    if (part.Groups["class"].Success)
                    {
                        attributes.AddClass(part.Groups["class"].Value);
                    }
                    else
                    {
                        attributes["id"] = part.Groups["id"].Value;
                    }
                }
            }
        }

        return attributes;
    }

    /// <summary>kramdown's <c>update_attr_with_ial</c>: referenced ALDs first, then the list's own attributes.</summary>
    public static void Apply(KramdownAttributes target, KramdownAttributes ial, IReadOnlyDictionary<string, KramdownAttributes> definitions, int depth = 0)
    {
        foreach (var reference in ial.References)
        {
            if (depth < 16 && definitions.TryGetValue(reference, out var definition))
            {
                Apply(target, definition, definitions, depth + 1);
            }
        }

        foreach (var (key, value) in ial.Items)
        {
            if (key == "class")
            {
                target.AddClass(value);
            }
            else
            {
                target[key] = value;
            }
        }

        target.References.AddRange(ial.References);
    }

    [GeneratedRegex(@"(?:^|\s)(?:(?<key>[A-Za-z0-9_][A-Za-z0-9_\-]*)=(?<quote>""|')(?<value>(?:\\\}|\\\k<quote>|[^}])*?)\k<quote>|(?<ref>[A-Za-z0-9_][A-Za-z0-9_\-]*)|(?<idclass>(?:#[A-Za-z][A-Za-z0-9_:\-]*|\.[^\s.#]+)+))(?=\s|$)")]
    private static partial Regex Item();

    [GeneratedRegex(@"#(?<id>[A-Za-z][A-Za-z0-9_:\-]*)|\.(?<class>[^\s.#]+)")]
    private static partial Regex IdOrClass();
}
