namespace Ikim.Publisher.Site.Writing;

/// <summary>
/// The previous release's output, to hard-link unchanged files from: a release stays a complete
/// folder, while a file whose bytes did not change keeps its inode, size and mtime (stable ETags)
/// and is not written again. Releases are immutable, so sharing an inode between them is safe;
/// deleting an old release only drops one of the names.
/// </summary>
internal sealed class PreviousOutput(string root, string destinationRoot)
{
    private readonly string _root = Path.GetFullPath(root);

    /// <summary>
    /// Places <paramref name="bytes"/> at <paramref name="target"/> by linking the previous release's
    /// file at the same relative path when it holds exactly those bytes; false when the caller must write.
    /// </summary>
    public bool TryLink(string target, byte[] bytes)
    {
        if (!Holds(target, bytes))
        {
            return false;
        }

        // Never write through an inode another release may share: unlink whatever the target holds first.
        File.Delete(target);
        return HardLink.TryCreate(PreviousOf(target), target);
    }

    /// <summary>Whether the previous release's file at the same relative path holds exactly <paramref name="bytes"/>.</summary>
    public bool Holds(string target, byte[] bytes)
    {
        var previous = PreviousOf(target);
        if (!IsPlainFileOf(previous, bytes.Length))
        {
            return false;
        }

        try
        {
            return File.ReadAllBytes(previous).AsSpan().SequenceEqual(bytes);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether the previous release has a plain file of <paramref name="length"/> bytes at the same relative path.</summary>
    public bool Holds(string target, long length) => IsPlainFileOf(PreviousOf(target), length);

    /// <summary>
    /// Whether <paramref name="path"/> is a plain file of <paramref name="length"/> bytes: what a previous
    /// release's file must be to be shared. A symlink would be linked as itself, not as the file it names.
    /// </summary>
    private static bool IsPlainFileOf(string path, long length)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == length && !info.Attributes.HasFlag(FileAttributes.ReparsePoint);
    }

    /// <summary>Places the previous release's file at the same path, known to be unchanged: a hard link, or a copy where linking fails.</summary>
    public void LinkUnchanged(string target)
    {
        var previous = PreviousOf(target);
        if (HardLink.TryCreate(previous, target))
        {
            return;
        }

        // Something is there already (a build into a used folder), or links are not possible here.
        File.Delete(target);
        if (!HardLink.TryCreate(previous, target))
        {
            File.Copy(previous, target);
        }
    }

    private string PreviousOf(string target) => Path.Combine(_root, Path.GetRelativePath(destinationRoot, target));
}
