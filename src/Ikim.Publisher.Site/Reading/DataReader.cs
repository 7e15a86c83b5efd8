using System.Text.RegularExpressions;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// Reads <c>_data</c> into <c>site.data</c> as Jekyll's DataReader does: in each folder the .yaml, then .yml,
/// .json, .csv and .tsv files (JSON through the YAML parser, as Jekyll reads it), then the sub-folders as
/// nested mappings. Keys are file names with Jekyll's sanitising; dot-files are not read, '_' files are.
/// </summary>
internal sealed partial class DataReader(ISourceTree tree, string dataDir, SourceFolders folders)
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json", ".csv", ".tsv"];

    public IReadOnlyDictionary<string, object?> Read()
    {
        var root = new Dictionary<string, object?>(StringComparer.Ordinal);
        ReadFolder(dataDir.Trim('/'), root);
        return root;
    }

    private void ReadFolder(string folder, Dictionary<string, object?> data)
    {
        if (!folders.IsFolder(folder))
        {
            return;
        }

        var entries = folders.Entries(folder).Where(e => !e.StartsWith('.')).ToList();
        foreach (var extension in Extensions)
        {
            foreach (var entry in entries.Where(e => e.EndsWith(extension, StringComparison.Ordinal) && folders.IsFile(folder + "/" + e)))
            {
                data[SanitizeKey(entry[..^extension.Length])] = Parse(folder + "/" + entry, extension);
            }
        }

        foreach (var entry in entries.Where(e => folders.IsFolder(folder + "/" + e)))
        {
            var child = new Dictionary<string, object?>(StringComparer.Ordinal);
            data[SanitizeKey(entry)] = child;
            ReadFolder(folder + "/" + entry, child);
        }
    }

    private object? Parse(string path, string extension)
    {
        var text = SourceText.Read(tree, path);
        return extension switch
        {
            ".csv" => DelimitedText.Parse(text, ','),
            ".tsv" => DelimitedText.Parse(text, '\t'),
            _ => YamlReader.Parse(text, path),
        };
    }

    // DataReader#sanitize_filename.
    private static string SanitizeKey(string name) => Blanks().Replace(Unsafe().Replace(name, ""), "_");

    [GeneratedRegex(@"[^\w\s-]+|(?<=^|\b\s)\s+(?=$|\s?\b)")]
    private static partial Regex Unsafe();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanks();
}
