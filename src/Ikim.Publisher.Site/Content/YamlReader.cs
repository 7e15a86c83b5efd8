using Ikim.Publisher.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ikim.Publisher.Site.Content;

/// <summary>
/// Parses YAML into plain values (ordered dictionaries, lists, strings, numbers,
/// booleans, dates) resolving untagged scalars the way Ruby's Psych does (YAML 1.1),
/// because that is what Jekyll sites are written against.
/// </summary>
public static class YamlReader
{
    /// <param name="lineOffset">Lines before <paramref name="yaml"/> in the file, so errors name the editor's line.</param>
    public static object? Parse(string yaml, string path, int lineOffset = 0)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var line = (int)ex.Start.Line + lineOffset;
            var reason = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            throw new SiteBuildException(new SourcePosition(path, line, (int)ex.Start.Column), $"invalid YAML: {reason}", ex);
        }

        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    /// <summary>Parses a YAML mapping; an empty document is an empty mapping.</summary>
    public static Dictionary<string, object?> ParseMapping(string yaml, string path, int lineOffset = 0)
    {
        var value = Parse(yaml, path, lineOffset);
        return value switch
        {
            null => new Dictionary<string, object?>(StringComparer.Ordinal),
            Dictionary<string, object?> map => map,
            _ => throw new SiteBuildException(new SourcePosition(path, lineOffset + 1, 1), "YAML must be a mapping of keys to values"),
        };
    }

    private static object? Convert(YamlNode node) => node switch
    {
        YamlScalarNode scalar => YamlScalar.Resolve(scalar),
        YamlSequenceNode sequence => sequence.Children.Select(Convert).ToList(),
        YamlMappingNode mapping => ConvertMapping(mapping),
        _ => null,
    };

    private static Dictionary<string, object?> ConvertMapping(YamlMappingNode mapping)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            // Psych merges "<<" keys; YamlDotNet's representation model resolves anchors,
            // so merging the referenced mapping here reproduces that.
            if (key is YamlScalarNode { Value: "<<" } && value is YamlMappingNode merged)
            {
                foreach (var (k, v) in ConvertMapping(merged))
                {
                    result.TryAdd(k, v);
                }

                continue;
            }

            var name = key is YamlScalarNode s ? s.Value ?? "" : key.ToString();
            result[name] = Convert(value);
        }

        return result;
    }
}
