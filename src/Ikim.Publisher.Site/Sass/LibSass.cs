using System.Runtime.InteropServices;

namespace Ikim.Publisher.Site.Sass;

/// <summary>
/// The parts of libsass's C API (Debian's <c>libsass1</c>, 3.6.5) the converter uses: the same engine
/// and the same calls as the sassc gem under jekyll-sass-converter 2.2, so the CSS is byte for byte
/// what Jekyll 4.3 writes. Strings handed to libsass as <c>char*</c> (not <c>const char*</c>) become
/// libsass's to free, so they are allocated with <see cref="sass_alloc_memory"/>.
/// </summary>
internal static partial class LibSass
{
    public const string Library = "libsass.so.1";

    /// <summary>size_t's <c>std::string::npos</c>: "no line/column", the import error is placed at the <c>@import</c>.</summary>
    public static readonly nuint NoPosition = nuint.MaxValue;

    // sass2scss options the sassc gem and libsass itself use for .sass sources.
    public const int Sass2ScssPrettify1 = 1;
    public const int Sass2ScssKeepComment = 32;

    [LibraryImport(Library)]
    public static partial nint sass_alloc_memory(nuint size);

    [LibraryImport(Library)]
    public static partial void sass_free_memory(nint pointer);

    [LibraryImport(Library)]
    public static partial nint sass_make_data_context(nint source);

    [LibraryImport(Library)]
    public static partial nint sass_data_context_get_context(nint dataContext);

    [LibraryImport(Library)]
    public static partial nint sass_context_get_options(nint context);

    [LibraryImport(Library)]
    public static partial int sass_compile_data_context(nint dataContext);

    [LibraryImport(Library)]
    public static partial void sass_delete_data_context(nint dataContext);

    [LibraryImport(Library)]
    public static partial void sass_option_set_output_style(nint options, SassOutputStyle style);

    [LibraryImport(Library)]
    public static partial void sass_option_set_source_comments(nint options, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library)]
    public static partial void sass_option_set_source_map_contents(nint options, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library)]
    public static partial void sass_option_set_omit_source_map_url(nint options, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library)]
    public static partial void sass_option_set_is_indented_syntax_src(nint options, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void sass_option_set_input_path(nint options, string path);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void sass_option_set_output_path(nint options, string path);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial void sass_option_set_source_map_file(nint options, string path);

    [LibraryImport(Library)]
    public static partial void sass_option_set_c_importers(nint options, nint importers);

    [LibraryImport(Library)]
    public static partial nint sass_make_importer_list(nuint length);

    [LibraryImport(Library)]
    public static partial void sass_importer_set_list_entry(nint list, nuint index, nint entry);

    [LibraryImport(Library)]
    public static partial nint sass_make_importer(nint function, double priority, nint cookie);

    [LibraryImport(Library)]
    public static partial nint sass_importer_get_cookie(nint importer);

    [LibraryImport(Library)]
    public static partial nint sass_compiler_get_last_import(nint compiler);

    [LibraryImport(Library)]
    public static partial nint sass_import_get_abs_path(nint import);

    [LibraryImport(Library)]
    public static partial nint sass_make_import_list(nuint length);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint sass_make_import_entry(string path, nint source, nint sourceMap);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint sass_import_set_error(nint import, string message, nuint line, nuint column);

    [LibraryImport(Library)]
    public static partial void sass_import_set_list_entry(nint list, nuint index, nint entry);

    [LibraryImport(Library)]
    public static partial int sass_context_get_error_status(nint context);

    [LibraryImport(Library)]
    public static partial nint sass_context_get_error_message(nint context);

    [LibraryImport(Library)]
    public static partial nint sass_context_get_error_text(nint context);

    [LibraryImport(Library)]
    public static partial nint sass_context_get_error_file(nint context);

    [LibraryImport(Library)]
    public static partial nuint sass_context_get_error_line(nint context);

    [LibraryImport(Library)]
    public static partial nuint sass_context_get_error_column(nint context);

    [LibraryImport(Library)]
    public static partial nint sass_context_get_output_string(nint context);

    [LibraryImport(Library)]
    public static partial nint sass_context_get_source_map_string(nint context);

    [LibraryImport(Library)]
    public static partial nint sass2scss(nint sass, int options);

    public static string? ReadString(nint pointer) => pointer == 0 ? null : Marshal.PtrToStringUTF8(pointer);

    /// <summary>A NUL-terminated copy of <paramref name="bytes"/> in memory libsass may free (it takes over sources).</summary>
    public static unsafe nint CopyToNative(ReadOnlySpan<byte> bytes)
    {
        var pointer = sass_alloc_memory((nuint)bytes.Length + 1);
        var target = new Span<byte>((void*)pointer, bytes.Length + 1);
        bytes.CopyTo(target);
        target[^1] = 0;
        return pointer;
    }
}

/// <summary>libsass's <c>enum Sass_Output_Style</c>.</summary>
internal enum SassOutputStyle
{
    Nested = 0,
    Expanded = 1,
    Compact = 2,
    Compressed = 3,
}
