using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Tests.Content;

/// <summary>Front matter split as Jekyll's YAML_FRONT_MATTER_REGEXP splits it (outputs checked with Jekyll 4.3.1).</summary>
public sealed class FrontMatterTests
{
    [Theory]
    [InlineData("---\ntitle: x\n---\n\n\nbody\n", "body\n", 6)]
    [InlineData("---\r\ntitle: y\r\n---\r\nline\r\n", "line\r\n", 4)]
    [InlineData("---   \n---\nempty fm\n", "empty fm\n", 3)]
    [InlineData("---\n...\ndots\n", "dots\n", 3)]
    public void Body_starts_after_the_closing_line_and_the_blank_lines_after_it(string text, string body, int bodyLine)
    {
        var frontMatter = FrontMatter.TryParse(text, "x.html")!;

        Assert.Equal(body, frontMatter.Body);
        Assert.Equal(bodyLine, frontMatter.BodyLine);
    }

    [Theory]
    [InlineData("--- \nx: 1\n---\n", true)]
    [InlineData("---\r\n---\r\n", true)]
    [InlineData("----\n---\n", false)]
    [InlineData("---", false)]
    [InlineData("\uFEFF---\n---\n", false)]
    public void Only_a_first_line_of_three_dashes_starts_front_matter(string text, bool expected) =>
        Assert.Equal(expected, FrontMatter.HasFrontMatter(System.Text.Encoding.UTF8.GetBytes(text)));
}
