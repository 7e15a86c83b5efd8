using System.Collections;
using System.Text;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Plugins.Feed;

/// <summary>
/// Writes an Atom feed page when it renders, from the site as templates see it then (posts' rendered
/// content, excerpts, data), in the single-line form jekyll-feed 0.17.0 writes. The page's front matter
/// says what it lists: <c>collection</c>, optionally one <c>category</c>, or one tag (<c>tags</c>).
/// </summary>
internal static class FeedWriter
{
    private const string MediaNamespace = "http://search.yahoo.com/mrss/";

    public static void Write(RenderContext context, StringBuilder xml)
    {
        var scope = new WriterScope(context);
        var site = scope.Variable("site");
        var page = scope.Variable("page");
        var lang = WriterScope.Get(site, "lang");
        var hasLang = WriterScope.IsTruthy(lang);

        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        if (WriterScope.IsTruthy(WriterScope.Get(page, "xsl")))
        {
            xml.Append("<?xml-stylesheet type=\"text/xml\" href=\"").Append(scope.AbsoluteUrl("/feed.xslt.xml")).Append("\"?>");
        }

        xml.Append("<feed xmlns=\"http://www.w3.org/2005/Atom\" ");
        if (hasLang)
        {
            xml.Append("xml:lang=\"").Append(WriterScope.Out(lang)).Append('"');
        }

        xml.Append('>')
            .Append("<generator uri=\"https://jekyllrb.com/\" version=\"").Append(WriterScope.Out(WriterScope.Get(scope.Variable("jekyll"), "version"))).Append("\">Jekyll</generator>")
            .Append("<link href=\"").Append(scope.AbsoluteUrl(WriterScope.Get(page, "url"))).Append("\" rel=\"self\" type=\"application/atom+xml\" />")
            .Append("<link href=\"").Append(scope.AbsoluteUrl("/")).Append("\" rel=\"alternate\" type=\"text/html\" ");
        if (hasLang)
        {
            xml.Append("hreflang=\"").Append(WriterScope.Out(lang)).Append("\" ");
        }

        xml.Append("/>")
            .Append("<updated>").Append(scope.XmlSchema(WriterScope.Get(site, "time"))).Append("</updated>")
            .Append("<id>").Append(scope.XmlEscape(scope.AbsoluteUrl(WriterScope.Get(page, "url")))).Append("</id>");

        WriteFeedHeader(scope, site, page, xml);
        foreach (var post in Posts(scope, site, page))
        {
            WriteEntry(scope, site, post, xml);
        }

        xml.Append("</feed>");
    }

    // The feed's title (site title, then " | Collection" and " | Category" when they narrow it), subtitle and author.
    private static void WriteFeedHeader(WriterScope scope, object? site, object? page, StringBuilder xml)
    {
        var title = scope.Default(WriterScope.Get(site, "title"), WriterScope.Get(site, "name"));
        var collection = WriterScope.Get(page, "collection");
        if (!RubyValue.RubyEquals(collection, "posts"))
        {
            title = Narrowed(scope, title, collection);
        }

        var category = WriterScope.Get(page, "category");
        if (WriterScope.IsTruthy(category))
        {
            title = Narrowed(scope, title, category);
        }

        if (WriterScope.IsTruthy(title))
        {
            xml.Append("<title type=\"html\">").Append(scope.XmlEscape(scope.Filter("smartify", title))).Append("</title>");
        }

        var description = WriterScope.Get(site, "description");
        if (WriterScope.IsTruthy(description))
        {
            xml.Append("<subtitle>").Append(scope.XmlEscape(description)).Append("</subtitle>");
        }

        var author = WriterScope.Get(site, "author");
        if (WriterScope.IsTruthy(author))
        {
            xml.Append("<author><name>").Append(scope.XmlEscape(scope.Default(WriterScope.Get(author, "name"), author))).Append("</name>");
            AuthorDetails(scope, author, xml);
            xml.Append("</author>");
        }
    }

    private static object? Narrowed(WriterScope scope, object? title, object? by) =>
        scope.Filter("append", scope.Filter("append", title, " | "), scope.Filter("capitalize", by));

    // The tag's posts or the collection's documents, in one category if set, drafts only when shown, newest first.
    private static IReadOnlyList<object?> Posts(WriterScope scope, object? site, object? page)
    {
        var tag = WriterScope.Get(page, "tags");
        var posts = WriterScope.IsTruthy(tag)
            ? Lookup(WriterScope.Get(site, "tags"), tag)
            : Lookup(site, WriterScope.Get(page, "collection"));
        var category = WriterScope.Get(page, "category");
        if (WriterScope.IsTruthy(category))
        {
            posts = scope.Filter("where", posts, "categories", category);
        }

        if (!WriterScope.IsTruthy(WriterScope.Get(site, "show_drafts")))
        {
            posts = WriterScope.Items(posts).Where(p => !RubyValue.RubyEquals(WriterScope.Get(p, "draft"), true)).ToList();
        }

        posts = scope.Filter("reverse", scope.Filter("sort", posts, "date"));
        return WriterScope.Items(posts, scope.Default(WriterScope.Get(site, "feed", "posts_limit"), 10L));
    }

    private static object? Lookup(object? target, object? key) =>
        Liquid.Expressions.VariableLookup.TryIndex(target, key, out var value) ? value : null;

    private static void WriteEntry(WriterScope scope, object? site, object? post, StringBuilder xml)
    {
        xml.Append("<entry");
        var lang = WriterScope.Get(post, "lang");
        if (WriterScope.IsTruthy(lang))
        {
            xml.Append(" xml:lang=\"").Append(WriterScope.Out(lang)).Append('"');
        }

        var title = scope.XmlEscape(scope.Filter("normalize_whitespace", scope.Filter("strip_html", scope.Filter("smartify", WriterScope.Get(post, "title")))));
        var url = WriterScope.Get(post, "url");
        var date = WriterScope.Get(post, "date");
        xml.Append('>')
            .Append("<title type=\"html\">").Append(title).Append("</title>")
            .Append("<link href=\"").Append(scope.AbsoluteUrl(url)).Append("\" rel=\"alternate\" type=\"text/html\" title=\"").Append(title).Append("\" />")
            .Append("<published>").Append(scope.XmlSchema(date)).Append("</published>")
            .Append("<updated>").Append(scope.XmlSchema(scope.Default(WriterScope.Get(post, "last_modified_at"), date))).Append("</updated>")
            .Append("<id>").Append(scope.XmlEscape(scope.AbsoluteUrl(WriterScope.Get(post, "id")))).Append("</id>");

        if (!WriterScope.IsTruthy(scope.Default(WriterScope.Get(post, "feed", "excerpt_only"), WriterScope.Get(site, "feed", "excerpt_only"))))
        {
            xml.Append("<content type=\"html\" xml:base=\"").Append(scope.XmlEscape(scope.AbsoluteUrl(url))).Append("\"><![CDATA[")
                .Append(scope.Text("strip", WriterScope.Get(post, "content"))).Append("]]></content>");
        }

        WriteEntryAuthor(scope, site, post, xml);
        WriteCategories(scope, post, xml);

        var summary = scope.Default(WriterScope.Get(post, "description"), WriterScope.Get(post, "excerpt"));
        if (WriterScope.IsTruthy(summary) && RubyValue.IsEmpty(summary) is not true)
        {
            xml.Append("<summary type=\"html\"><![CDATA[").Append(scope.Text("normalize_whitespace", scope.Filter("strip_html", summary))).Append("]]></summary>");
        }

        WriteImage(scope, post, xml);
        xml.Append("</entry>");
    }

    // The post's author (or first of its authors, or the site's), looked up in site.data.authors when named there.
    private static void WriteEntryAuthor(WriterScope scope, object? site, object? post, StringBuilder xml)
    {
        var author = scope.Default(WriterScope.Get(post, "author"), scope.Default(Lookup(WriterScope.Get(post, "authors"), 0L), WriterScope.Get(site, "author")));
        author = scope.Default(Lookup(WriterScope.Get(site, "data", "authors"), author), author);
        var name = scope.Default(WriterScope.Get(author, "name"), author);
        xml.Append("<author><name>").Append(scope.XmlEscape(scope.Default(name, ""))).Append("</name>");
        AuthorDetails(scope, author, xml);
        xml.Append("</author>");
    }

    private static void AuthorDetails(WriterScope scope, object? author, StringBuilder xml)
    {
        foreach (var field in new[] { "email", "uri" })
        {
            var value = WriterScope.Get(author, field);
            if (WriterScope.IsTruthy(value))
            {
                xml.Append('<').Append(field).Append('>').Append(scope.XmlEscape(value)).Append("</").Append(field).Append('>');
            }
        }
    }

    // One category, or each of the categories, then each tag: all as Atom categories.
    private static void WriteCategories(WriterScope scope, object? post, StringBuilder xml)
    {
        var category = WriterScope.Get(post, "category");
        var terms = WriterScope.IsTruthy(category) ? [category] : WriterScope.Items(WriterScope.Get(post, "categories"));
        foreach (var term in terms.Concat(WriterScope.Items(WriterScope.Get(post, "tags"))))
        {
            xml.Append("<category term=\"").Append(scope.XmlEscape(term)).Append("\" />");
        }
    }

    // An image path (or image.path) made absolute unless it is a full URL, as a thumbnail and as media content.
    private static void WriteImage(WriterScope scope, object? post, StringBuilder xml)
    {
        var image = scope.Default(WriterScope.Get(post, "image", "path"), WriterScope.Get(post, "image"));
        if (!WriterScope.IsTruthy(image))
        {
            return;
        }

        if (!Contains(image, "://"))
        {
            image = scope.AbsoluteUrl(image);
        }

        var url = scope.XmlEscape(image);
        xml.Append("<media:thumbnail xmlns:media=\"").Append(MediaNamespace).Append("\" url=\"").Append(url).Append("\" />")
            .Append("<media:content medium=\"image\" url=\"").Append(url).Append("\" xmlns:media=\"").Append(MediaNamespace).Append("\" />");
    }

    // Liquid's `contains`: a substring of a string, an element of an array, a key of a hash.
    private static bool Contains(object? value, string part) => value switch
    {
        string text => text.Contains(part, StringComparison.Ordinal),
        IDictionary<string, object?> hash => hash.ContainsKey(part),
        IList list => list.Cast<object?>().Any(item => RubyValue.RubyEquals(item, part)),
        _ => false,
    };
}
