namespace Ikim.Publisher.Site.Sass;

/// <summary>'/'-separated paths inside the source tree, as the Sass importer and load paths use them.</summary>
internal static class SassPaths
{
    /// <summary>
    /// Joins <paramref name="relative"/> to the folder <paramref name="root"/> ("" is the site root) and
    /// resolves <c>.</c> and <c>..</c>; null when the result would leave the site.
    /// </summary>
    public static string? Combine(string root, string relative)
    {
        var segments = new List<string>();
        foreach (var segment in (root + "/" + relative).Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>
    /// Jekyll's sanitized_path for a folder in the site: the path is expanded against "/" (so <c>..</c>
    /// stops at the top and an absolute path counts from the site root), then joined to the site.
    /// </summary>
    public static string Sanitize(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment is not ("" or "."))
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>The folder of a file path, "" at the root.</summary>
    public static string Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }
}
