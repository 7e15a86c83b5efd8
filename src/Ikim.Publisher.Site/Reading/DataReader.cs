using System.Text.Json;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// Reads <c>_data</c> into <c>site.data</c>: YAML, JSON, CSV and TSV files, nested by folder
/// (<c>_data/team/members.yml</c> is <c>site.data.team.members</c>).
/// </summary>
internal sealed class DataReader(ISourceTree tree, string dataDir)
{
    public IReadOnlyDictionary<string, object?> Read()
    {
        var prefix = dataDir.Trim('/') + "/";
        var root = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var path in tree.Files.Where(f => f.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var relative = path[prefix.Length..];
            var segments = relative.Split('/');
            if (segments.Any(s => s.StartsWith('.')))
            {
                continue;
            }

            var extension = Path.GetExtension(relative).ToLowerInvariant();
            if (extension is not (".yml" or ".yaml" or ".json" or ".csv" or ".tsv"))
            {
                continue;
            }

            var folder = root;
            foreach (var segment in segments[..^1])
            {
                if (folder.GetValueOrDefault(segment) is not Dictionary<string, object?> child)
                {
                    child = new Dictionary<string, object?>(StringComparer.Ordinal);
                    folder[segment] = child;
                }

                folder = child;
            }

            folder[Path.GetFileNameWithoutExtension(segments[^1])] = Parse(path, extension);
        }

        return root;
    }

    private object? Parse(string path, string extension)
    {
        var text = SourceText.Read(tree, path);
        return extension switch
        {
            ".json" => ParseJson(text, path),
            ".csv" => DelimitedText.Parse(text, ','),
            ".tsv" => DelimitedText.Parse(text, '\t'),
            _ => YamlReader.Parse(text, path),
        };
    }

    private static object? ParseJson(string text, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true });
            return Convert(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new SiteBuildException(new SourcePosition(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1), $"invalid JSON: {ex.Message}", ex);
        }
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
