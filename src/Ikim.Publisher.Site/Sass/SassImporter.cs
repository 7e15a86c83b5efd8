using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Sass;

/// <summary>
/// libsass's custom importer for one compilation: every <c>@import</c> of a file is answered from the source
/// tree (so a build from Git objects needs no checkout), and libsass's own file-system lookup is never
/// reached: an import that is not in the tree is answered with libsass's "not found" error. Only imports
/// libsass writes out as plain CSS (<c>http://…</c>, <c>//…</c>, <c>*.css</c>) are handed back to it.
/// The imported files are named to libsass by their site-relative path, which is how they appear in source
/// maps (as in Jekyll run from the site folder) and how errors are traced back to them.
/// </summary>
internal sealed class SassImporter(ISourceTree tree, SassImportResolver resolver)
{
    private readonly HashSet<string> _imported = new(StringComparer.Ordinal);
    private Exception? _failure;

    /// <summary>The tree paths imported so far, in the order libsass asked for them.</summary>
    public List<string> Imported { get; } = [];

    /// <summary>Whether libsass's name for a file is one of ours (an import) rather than the page itself.</summary>
    public bool IsImported(string? name) => name is not null && _imported.Contains(name);

    /// <summary>Rethrows an exception the callback had to turn into a libsass error.</summary>
    public void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
        }
    }

    public static unsafe nint Register(GCHandle self) =>
        LibSass.sass_make_importer((nint)(delegate* unmanaged[Cdecl]<nint, nint, nint, nint>)&Import, 0, GCHandle.ToIntPtr(self));

    // An exception must not unwind through libsass's frames: it would take the process down.
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static nint Import(nint url, nint importer, nint compiler)
    {
        SassImporter? self = null;
        var path = "";
        try
        {
            self = (SassImporter)GCHandle.FromIntPtr(LibSass.sass_importer_get_cookie(importer)).Target!;
            path = LibSass.ReadString(url) ?? "";
            var parent = LibSass.ReadString(LibSass.sass_import_get_abs_path(LibSass.sass_compiler_get_last_import(compiler)));
            return self.Import(path, parent);
        }
        catch (Exception ex)
        {
            if (self is not null)
            {
                self._failure ??= ex;
            }

            return Error(path, "the import could not be read: " + ex.Message);
        }
    }

    private nint Import(string url, string? parent)
    {
        if (SassImportResolver.IsPlainCss(url))
        {
            return 0;
        }

        // The page itself is not one of our names: Jekyll hands libsass the page by its bare file name, so
        // imports relative to the page are looked up from the site root.
        var folder = IsImported(parent) ? SassPaths.Folder(parent!) : "";
        var resolution = resolver.Resolve(url, folder);
        return resolution.Paths.Count switch
        {
            0 => Error(url, $"File to import not found or unreadable: {url}."),
            1 => Found(resolution.Paths[0]),
            _ => Error(url, $"It's not clear which file to import for '@import \"{url}\"'.\nCandidates:\n{string.Concat(resolution.Relative.Select(c => "  " + c + "\n"))}Please delete or rename all but one of these files.\n"),
        };
    }

    private nint Found(string path)
    {
        _imported.Add(path);
        Imported.Add(path);
        var source = LibSass.CopyToNative(tree.Read(path));

        // libsass converts .sass files it reads itself; what an importer returns it takes as SCSS.
        if (path.EndsWith(".sass", StringComparison.OrdinalIgnoreCase))
        {
            var scss = LibSass.sass2scss(source, LibSass.Sass2ScssPrettify1 | LibSass.Sass2ScssKeepComment);
            LibSass.sass_free_memory(source);
            source = scss;
        }

        return List(LibSass.sass_make_import_entry(path, source, 0));
    }

    // Without a line and column libsass reports the error at the @import that asked for the file.
    private static nint Error(string url, string message) =>
        List(LibSass.sass_import_set_error(LibSass.sass_make_import_entry(url, 0, 0), message, LibSass.NoPosition, LibSass.NoPosition));

    private static nint List(nint entry)
    {
        var list = LibSass.sass_make_import_list(1);
        LibSass.sass_import_set_list_entry(list, 0, entry);
        return list;
    }
}
