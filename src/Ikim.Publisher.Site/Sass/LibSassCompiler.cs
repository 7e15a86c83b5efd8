using System.Runtime.InteropServices;
using System.Text;
using Ikim.Publisher.Site.Sources;

namespace Ikim.Publisher.Site.Sass;

/// <summary>
/// One libsass compilation with the options the sassc gem sets for jekyll-sass-converter: the source as a
/// data context, <c>input_path</c> <c>./NAME</c> and <c>source_map_file</c> <c>./BASENAME.css.map</c> (what
/// Jekyll passes for a page when run from the site folder), the output style, source map contents, the map URL omitted
/// unless a map is wanted, no include paths (the importer answers every import from the tree) and libsass's
/// default precision. libsass contexts are independent, so pages compile in parallel.
/// </summary>
internal static class LibSassCompiler
{
    public static SassCompileResult Compile(SassCompileRequest request, ISourceTree tree, SassImportResolver resolver)
    {
        var importer = new SassImporter(tree, resolver);
        var self = GCHandle.Alloc(importer);
        var data = LibSass.sass_make_data_context(LibSass.CopyToNative(Encoding.UTF8.GetBytes(request.Source)));
        try
        {
            var context = LibSass.sass_data_context_get_context(data);
            var options = LibSass.sass_context_get_options(context);
            LibSass.sass_option_set_is_indented_syntax_src(options, request.Indented);
            LibSass.sass_option_set_input_path(options, request.InputPath);
            LibSass.sass_option_set_output_style(options, request.Style);
            if (request.SourceMapFile.Length > 0)
            {
                LibSass.sass_option_set_source_map_file(options, request.SourceMapFile);
            }

            LibSass.sass_option_set_source_map_contents(options, true);
            LibSass.sass_option_set_omit_source_map_url(options, !request.SourceMap);
            var importers = LibSass.sass_make_importer_list(1);
            LibSass.sass_importer_set_list_entry(importers, 0, SassImporter.Register(self));
            LibSass.sass_option_set_c_importers(options, importers);

            var status = LibSass.sass_compile_data_context(data);
            importer.ThrowIfFailed();
            if (status != 0)
            {
                throw Failure(context, importer);
            }

            var css = LibSass.ReadString(LibSass.sass_context_get_output_string(context)) ?? "";
            var map = request.SourceMap ? LibSass.ReadString(LibSass.sass_context_get_source_map_string(context)) : null;
            return new SassCompileResult(css, map, importer.Imported);
        }
        finally
        {
            // Frees the options, the importer list and every string libsass took over.
            LibSass.sass_delete_data_context(data);
            self.Free();
        }
    }

    private static SassCompileException Failure(nint context, SassImporter importer)
    {
        var file = LibSass.ReadString(LibSass.sass_context_get_error_file(context));
        var text = LibSass.ReadString(LibSass.sass_context_get_error_text(context))
            ?? LibSass.ReadString(LibSass.sass_context_get_error_message(context))
            ?? "unknown Sass error";
        return new SassCompileException(
            importer.IsImported(file) ? file : null,
            (int)LibSass.sass_context_get_error_line(context),
            (int)LibSass.sass_context_get_error_column(context),
            text.TrimEnd());
    }
}

/// <param name="Source">The page's body after Liquid.</param>
/// <param name="InputPath">What Jekyll names the source: <c>./main.scss</c> for a page, <c>stdin</c> otherwise.</param>
/// <param name="SourceMapFile">What Jekyll names the map (<c>./main.css.map</c>), or "" for none.</param>
/// <param name="Indented">True for the indented syntax (<c>.sass</c>).</param>
internal sealed record SassCompileRequest(string Source, string InputPath, string SourceMapFile, bool Indented, SassOutputStyle Style, bool SourceMap);

/// <param name="SourceMap">The map's JSON when one was asked for.</param>
/// <param name="Imports">Tree paths of every imported file.</param>
internal sealed record SassCompileResult(string Css, string? SourceMap, IReadOnlyList<string> Imports);
