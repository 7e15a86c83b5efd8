namespace Ikim.Publisher.Site.Plugins.RedirectFrom;

/// <summary>
/// jekyll-redirect-from 0.16.0's redirect layout (MIT licence, © Parker Moore and contributors): used as the
/// <c>redirect</c> layout unless the site has its own.
/// </summary>
internal static class RedirectTemplate
{
    public const string Layout = """
<!DOCTYPE html>
<html lang="en-US">
  <meta charset="utf-8">
  <title>Redirecting&hellip;</title>
  <link rel="canonical" href="{{ page.redirect.to }}">
  <script>location="{{ page.redirect.to }}"</script>
  <meta http-equiv="refresh" content="0; url={{ page.redirect.to }}">
  <meta name="robots" content="noindex">
  <h1>Redirecting&hellip;</h1>
  <a href="{{ page.redirect.to }}">Click here if you are not redirected.</a>
</html>

""";
}
