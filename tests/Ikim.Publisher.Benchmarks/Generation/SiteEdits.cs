namespace Ikim.Publisher.Benchmarks.Generation;

/// <summary>What an editor changes between commits in the change scenarios.</summary>
public enum EditKind
{
    /// <summary>One post's text (re-renders that post and, in Jekyll's model, every listing of posts).</summary>
    Page,

    /// <summary>The post layout (every post depends on it, nothing else does).</summary>
    Layout,

    /// <summary>The research groups data file (people and project pages read it).</summary>
    Data,
}

/// <summary>Applies the edits of the change scenarios to a generated Jekyll tree; each round gives new bytes.</summary>
public sealed class SiteEdits(SiteSpec spec, string root)
{
    private readonly string _postPath = JekyllSite.PostPath(spec, ContentModel.Create(spec).Posts[spec.Posts / 2]);

    /// <summary>Changes the tree and returns the path that changed, relative to the root.</summary>
    public string Apply(EditKind kind, int round)
    {
        var (path, edit) = kind switch
        {
            EditKind.Page => (_postPath, $"\nEdited in round {round}: a *new* sentence about the cohort.\n"),
            EditKind.Layout => (JekyllSite.EditedLayoutPath, $"<!-- layout revision {round} -->\n"),
            _ => (JekyllSite.EditedDataPath, $"- key: visiting-{round}\n  name: Visiting Lab {round}\n"),
        };
        var full = Path.Combine(root, path);
        if (kind == EditKind.Data)
        {
            // Replace the previous round's entry rather than growing the file without end.
            var lines = File.ReadAllLines(full).Where(l => !l.Contains("visiting-", StringComparison.Ordinal) && !l.Contains("Visiting Lab", StringComparison.Ordinal));
            File.WriteAllText(full, string.Join('\n', lines) + "\n" + edit);
        }
        else
        {
            File.AppendAllText(full, edit);
        }

        return path;
    }
}
