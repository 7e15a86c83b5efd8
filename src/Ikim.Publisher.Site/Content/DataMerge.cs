namespace Ikim.Publisher.Site.Content;

/// <summary>
/// Jekyll's Utils.deep_merge_hashes: nested mappings merge key by key, anything else (lists
/// included) is replaced, and a nil on the overriding side keeps the old value.
/// </summary>
public static class DataMerge
{
    public static Dictionary<string, object?> Merge(IReadOnlyDictionary<string, object?> master, IReadOnlyDictionary<string, object?> other)
    {
        var result = new Dictionary<string, object?>(master, StringComparer.Ordinal);
        MergeInto(result, other);
        return result;
    }

    /// <summary>Merges <paramref name="other"/> into <paramref name="target"/> in place (deep_merge_hashes!).</summary>
    public static void MergeInto(Dictionary<string, object?> target, IReadOnlyDictionary<string, object?> other)
    {
        foreach (var (key, value) in other)
        {
            if (!target.TryGetValue(key, out var old))
            {
                target[key] = value;
            }
            else if (value is null)
            {
                continue;
            }
            else if (old is IReadOnlyDictionary<string, object?> oldMap && value is IReadOnlyDictionary<string, object?> newMap)
            {
                target[key] = Merge(oldMap, newMap);
            }
            else
            {
                target[key] = value;
            }
        }
    }
}
