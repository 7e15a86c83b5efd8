using Ikim.Publisher.Site.Writing;
using Xunit;

namespace Ikim.Publisher.Site.Tests;

public class FullPathTests
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("2025/10/10/post/index.html")]
    [InlineData("a/./b.html")]
    [InlineData("a//b.html")]
    [InlineData("a/../b.html")]
    [InlineData("../outside.html")]
    [InlineData("folder/")]
    [InlineData(".hidden/..x/x..")]
    [InlineData("/rooted.html")]
    public void Joins_as_GetFullPath_of_the_combination(string relative)
    {
        var root = Path.Combine(Path.GetTempPath(), "ikim-fullpath");

        Assert.Equal(Path.GetFullPath(Path.Combine(root, relative)), FullPath.Join(root, relative));
    }
}
