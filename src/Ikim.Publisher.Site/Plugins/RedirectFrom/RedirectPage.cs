using System.Text;
using Ikim.Publisher.Site.Liquid.Runtime;

namespace Ikim.Publisher.Site.Plugins.RedirectFrom;

/// <summary>
/// The page a redirect leaves behind (jekyll-redirect-from's <c>redirect</c> layout, unless the site has its
/// own): it sends readers on three ways, a canonical link for crawlers, a script for browsers and a meta refresh
/// without scripts, plus a link to click. The target is printed as <c>{{ page.redirect.to }}</c> prints it.
/// </summary>
internal static class RedirectPage
{
    public static void Write(RenderContext context, StringBuilder html)
    {
        var target = WriterScope.Out(WriterScope.Get(context.FindVariableOrNull("page"), "redirect", "to"));
        html.Append("<!DOCTYPE html>\n")
            .Append("<html lang=\"en-US\">\n")
            .Append("  <meta charset=\"utf-8\">\n")
            .Append("  <title>Redirecting&hellip;</title>\n")
            .Append("  <link rel=\"canonical\" href=\"").Append(target).Append("\">\n")
            .Append("  <script>location=\"").Append(target).Append("\"</script>\n")
            .Append("  <meta http-equiv=\"refresh\" content=\"0; url=").Append(target).Append("\">\n")
            .Append("  <meta name=\"robots\" content=\"noindex\">\n")
            .Append("  <h1>Redirecting&hellip;</h1>\n")
            .Append("  <a href=\"").Append(target).Append("\">Click here if you are not redirected.</a>\n")
            .Append("</html>\n");
    }
}
