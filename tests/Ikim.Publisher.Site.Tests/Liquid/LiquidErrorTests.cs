using Ikim.Publisher.Site.Diagnostics;

namespace Ikim.Publisher.Site.Tests.Liquid;

/// <summary>
/// What makes Jekyll 4.3.1 abort a build (tests/Conformance/liquid/README.md, "Error cases")
/// must fail ours too, naming the file, line and column.
/// </summary>
public sealed class LiquidErrorTests
{
    [Theory]
    [InlineData("{{ 10 | divided_by: 0 }}", "divided by 0")]
    [InlineData("{{ 5 | modulo: 0 }}", "divided by 0")]
    [InlineData("{% if \"10\" > 5 %}x{% endif %}", "comparison of String with 5 failed")]
    [InlineData("{{ page.mixed | sort }}", "comparison of Integer with String failed")]
    [InlineData("{{ 'abc' | sort }}", "undefined method `sort'")]
    [InlineData("{{ nil | sort }}", "Cannot sort a null object")]
    [InlineData("{{ page.people | sort: 'x', 'middle' }}", "Invalid nils order")]
    [InlineData("{{ page.numbers | sort: 'x' }}", "no implicit conversion of String into Integer")]
    [InlineData("{{ page.numbers | where: 'x', 1 }}", "no implicit conversion of String into Integer")]
    [InlineData("{{ page.mixed | map: 'x' }}", "cannot select the property 'x'")]
    [InlineData("{{ page.numbers | uniq: 'x' }}", "cannot select the property 'x'")]
    [InlineData("{{ page.numbers | concat: 'x' }}", "concat filter requires an array argument")]
    [InlineData("{% for i in (1..page.float) %}{% endfor %}", "invalid integer")]
    [InlineData("{{ 'abc' | truncate: 'x' }}", "invalid integer")]
    [InlineData("{{ 'abc' | slice: 'a' }}", "invalid integer")]
    [InlineData("{{ page.numbers | pop: 'a' }}", "invalid integer")]
    [InlineData("{{ 2024 | slugify }}", "undefined method `gsub'")]
    [InlineData("{{ nil | cgi_escape }}", "no implicit conversion of nil")]
    [InlineData("{{ 1.5 | uri_escape }}", "Can't convert Float into String")]
    [InlineData("{{ nil | number_of_words }}", "undefined method")]
    [InlineData("{{ nil | array_to_sentence_string }}", "undefined method")]
    [InlineData("{{ 'x' | date_to_xmlschema }}", "Invalid Date")]
    [InlineData("{{ 'x' | date_to_string }}", "Invalid Date")]
    [InlineData("{{ 'x' | base64_decode }}", "invalid base64")]
    [InlineData("{{ 'a' | replace }}", "wrong number of arguments (given 1, expected 2..3)")]
    [InlineData("{{ 'a' | split }}", "wrong number of arguments (given 1, expected 2)")]
    [InlineData("{{ 'a' | plus }}", "wrong number of arguments")]
    [InlineData("{{ page.numbers | push }}", "wrong number of arguments")]
    [InlineData("{{ page.people | where: 'a' }}", "wrong number of arguments (given 2, expected 3)")]
    [InlineData("{{ page.numbers | first: 2 }}", "wrong number of arguments (given 2, expected 1)")]
    [InlineData("{{ 'a' | escape: 5 }}", "wrong number of arguments")]
    [InlineData("{% render 'x' %}", "does not allow includes")]
    [InlineData("{% include missing.html %}", "Could not locate the included file 'missing.html'")]
    [InlineData("{% include ../x.html %}", "Invalid syntax for include tag")]
    [InlineData("{% include {{ page.missing }} %}", "Invalid syntax for include tag")]
    [InlineData("{% include x.html p=page.a | upcase %}", "Invalid syntax for include tag")]
    [InlineData("{% include_relative ../secret.txt %}", "Invalid syntax for include_relative tag")]
    [InlineData("{% post_url 2020-01-01-nope %}", "Could not find post \"2020-01-01-nope\"")]
    [InlineData("{% post_url nodate %}", "Could not parse name of post")]
    [InlineData("{% link nope.html %}", "Could not find document 'nope.html'")]
    [InlineData("{% raw %}a{%- endraw %}", "'raw' tag was never closed")]
    [InlineData("{% comment %}{% raw %}{% endcomment %}", "'raw' tag was never closed")]
    [InlineData("{% comment %}{% if %}{% endcomment %}", "Syntax Error in tag 'if'")]
    [InlineData("{% nosuchtag %}", "Unknown tag 'nosuchtag'")]
    [InlineData("{% seo %}", "Unknown tag 'seo'")]
    [InlineData("{% feed_meta %}", "Unknown tag 'feed_meta'")]
    [InlineData("{% assign %}", "Syntax Error in 'assign'")]
    [InlineData("{% capture %}{% endcapture %}", "Syntax Error in 'capture'")]
    [InlineData("{% if %}{% endif %}", "Syntax Error in tag 'if'")]
    [InlineData("{% for %}{% endfor %}", "Syntax Error in 'for loop'")]
    [InlineData("{% cycle %}", "Syntax Error in 'cycle'")]
    [InlineData("{% highlight %}{% endhighlight %}", "Syntax Error in tag 'highlight'")]
    [InlineData("{% if true %}open", "'if' tag was never closed")]
    [InlineData("{% endif %}", "Unknown tag 'endif'")]
    [InlineData("{% else %}", "Unexpected outer 'else' tag")]
    [InlineData("{% for x in (1..2) %}{% endif %}", "'endif' is not a valid delimiter for for tags. use endfor")]
    [InlineData("{{ page.people | where_exp: 'x', 'x ==' }}", "[:end_of_string] is not a valid expression")]
    [InlineData("{{ 'a {' | scssify }}", "Invalid CSS after")]
    public void Fails_the_build_as_jekyll_does(string template, string message)
    {
        using var site = new TempSite(
            ("_includes/x.html", "x"),
            ("page.html", "---\nmixed: [1, a]\nnumbers: [3, 1]\nfloat: 3.7\npeople: [{name: Ann}]\n---\n" + template + "\n"));

        var error = Assert.Throws<SiteBuildException>(() => site.Build());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("page.html", error.Position.Path);
        Assert.Equal(7, error.Position.Line);
    }

    [Fact]
    public void Errors_point_at_the_line_and_column_of_the_tag_after_front_matter()
    {
        using var site = new TempSite(("page.md", "---\ntitle: x\n---\nfirst line\n  text {{ 1 | divided_by: 0 }}\n"));

        var error = Assert.Throws<SiteBuildException>(() => site.Build());

        Assert.Equal(new SourcePosition("page.md", 5, 8), error.Position);
        Assert.StartsWith("page.md:5:8: Liquid error: divided by 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_errors_point_at_the_tag()
    {
        using var site = new TempSite(("page.html", "---\n---\nok\n\n   {% nosuchtag x %}\n"));

        var error = Assert.Throws<SiteBuildException>(() => site.Build());

        Assert.Equal(new SourcePosition("page.html", 5, 4), error.Position);
        Assert.Contains("Liquid syntax error: Unknown tag 'nosuchtag'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_in_nested_includes_carry_the_include_chain()
    {
        using var site = new TempSite(
            ("_includes/inner.html", "one\n  {{ 1 | divided_by: 0 }}"),
            ("_includes/outer.html", "{% include inner.html %}"),
            ("_layouts/base.html", "<main>\n{% include outer.html %}</main>"),
            ("page.html", "---\nlayout: base\n---\nbody\n"));

        var error = Assert.Throws<SiteBuildException>(() => site.Build());

        Assert.Equal(new SourcePosition("_includes/inner.html", 2, 3), error.Position);
        Assert.Contains("(included from _includes/outer.html:1:1) (included from _layouts/base.html:2:1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Include_that_includes_itself_stops_with_a_short_message()
    {
        using var site = new TempSite(
            ("_includes/self.html", "x{% include self.html %}"),
            ("index.html", "---\n---\n{% include self.html %}"));

        var error = Assert.Throws<SiteBuildException>(() => site.Build());

        Assert.Contains("Nesting too deep", error.Message, StringComparison.Ordinal);
        Assert.Contains("self.html", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 1000, error.Message);
    }
}
