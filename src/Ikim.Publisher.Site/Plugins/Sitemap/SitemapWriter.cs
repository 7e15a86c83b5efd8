using System.Text;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Plugins.Sitemap;

/// <summary>
/// Writes <c>sitemap.xml</c> and <c>robots.txt</c> when they render, from the site as templates see it then,
/// one element per line as jekyll-sitemap 1.4.0 writes them: the documents of collections with output (dated
/// by <c>last_modified_at</c> or <c>date</c>), <c>site.html_pages</c> (by <c>last_modified_at</c>) and the
/// static files the generator picked (by modification time); <c>sitemap: false</c> and 404 pages left out.
/// </summary>
internal static class SitemapWriter
{
    public static void WriteSitemap(RenderContext context, StringBuilder xml)
    {
        var scope = new WriterScope(context);
        var site = scope.Variable("site");
        var page = scope.Variable("page");
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (WriterScope.IsTruthy(WriterScope.Get(page, "xsl")))
        {
            xml.Append("<?xml-stylesheet type=\"text/xsl\" href=\"").Append(scope.AbsoluteUrl("/sitemap.xsl")).Append("\"?>\n");
        }

        xml.Append("<urlset xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
            .Append(" xsi:schemaLocation=\"http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd\"")
            .Append(" xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");

        foreach (var collection in WriterScope.Items(WriterScope.Get(site, "collections")).Where(c => !IsFalse(WriterScope.Get(c, "output"))))
        {
            foreach (var doc in Listed(WriterScope.Get(collection, "docs")))
            {
                var modified = WriterScope.Get(doc, "last_modified_at");
                var date = WriterScope.Get(doc, "date");
                var dated = WriterScope.IsTruthy(modified) || WriterScope.IsTruthy(date);
                Url(xml, scope, WriterScope.Get(doc, "url"), dated, dated ? scope.Default(modified, date) : null);
            }
        }

        foreach (var htmlPage in Listed(WriterScope.Get(site, "html_pages")).Where(p => !RubyValue.RubyEquals(WriterScope.Get(p, "url"), "/404.html")))
        {
            var modified = WriterScope.Get(htmlPage, "last_modified_at");
            Url(xml, scope, WriterScope.Get(htmlPage, "url"), WriterScope.IsTruthy(modified), modified);
        }

        foreach (var file in Listed(WriterScope.Get(page, "static_files")).Where(f => !RubyValue.RubyEquals(WriterScope.Get(f, "name"), "404.html")))
        {
            Url(xml, scope, WriterScope.Get(file, "path"), dated: true, WriterScope.Get(file, "modified_time"));
        }

        xml.Append("</urlset>\n");
    }

    public static void WriteRobots(RenderContext context, StringBuilder text) =>
        text.Append("Sitemap: ").Append(new WriterScope(context).AbsoluteUrl("sitemap.xml")).Append('\n');

    private static IEnumerable<object?> Listed(object? items) =>
        WriterScope.Items(items).Where(item => !IsFalse(WriterScope.Get(item, "sitemap")));

    private static bool IsFalse(object? value) => RubyValue.RubyEquals(value, false);

    // A folder's index.html is listed as the folder; lastmod only when there is a date (always for static files).
    private static void Url(StringBuilder xml, WriterScope scope, object? path, bool dated, object? modified)
    {
        var location = scope.XmlEscape(scope.AbsoluteUrl(scope.Filter("replace", path, "/index.html", "/")));
        xml.Append("<url>\n<loc>").Append(location).Append("</loc>\n");
        if (dated)
        {
            xml.Append("<lastmod>").Append(scope.XmlSchema(modified)).Append("</lastmod>\n");
        }

        xml.Append("</url>\n");
    }
}
