namespace Ikim.Publisher.Site.Plugins.Seo;

/// <summary>The Jekyll filters jekyll-seo-tag applies, supplied by the Liquid engine so they behave as in templates.</summary>
internal interface ISeoFilters
{
    string Markdownify(string input);

    string AbsoluteUrl(string input);

    string UriEscape(string input);

    /// <summary>Jekyll's <c>date_to_xmlschema</c> of a date value (a time, or a string Jekyll parses).</summary>
    string DateToXmlSchema(object date);
}
