namespace Ikim.Publisher.Site.Content;

/// <summary>
/// Ruby's File.extname/basename rules, which Jekyll's URLs and names are built from and which differ
/// from .NET's: a dotfile such as <c>.htaccess</c> has no extension, and trailing dots are dropped from names.
/// </summary>
public static class RubyPath
{
    /// <summary>File.extname: the last '.' suffix of the file name, "" for dotfiles and names without one.</summary>
    public static string ExtName(string path)
    {
        // Leading dots belong to the name (".htaccess", "..x"); a trailing dot is an extension of its own (Ruby 2.7+).
        var name = FileName(path).TrimStart('.');
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? "" : name[dot..];
    }

    public static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>The file name without its extension and without trailing dots, as Jekyll's <c>basename</c> is.</summary>
    public static string BaseNameWithoutExtension(string path)
    {
        var name = FileName(path);
        return name[..(name.Length - ExtName(name).Length)].TrimEnd('.');
    }

    /// <summary>The folder part of a '/'-separated relative path, "" at the root.</summary>
    public static string Directory(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }
}
