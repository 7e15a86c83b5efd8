using Ikim.Publisher.Site.Sass;

namespace Ikim.Publisher.Site.Tests.Sass;

public sealed class SassImportResolverTests
{
    [Theory]
    [InlineData("https://fonts.example.org/css?family=Inter", true)]
    [InlineData("//cdn.example.org/base", true)]
    [InlineData("print.css", true)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("variables", false)]
    [InlineData("components/buttons.scss", false)]
    public void Plain_css_imports_are_the_ones_libsass_writes_out(string url, bool plain)
    {
        Assert.Equal(plain, SassImportResolver.IsPlainCss(url));
    }

    [Fact]
    public void Looks_beside_the_importing_file_first_then_in_each_load_path_in_order()
    {
        var tree = new MemorySourceTree(
            ("_sass/components/_shared.scss", ""),
            ("_sass/_shared.scss", ""),
            ("_vendor/_shared.scss", ""),
            ("_vendor/_only-vendor.scss", ""),
            ("_sass/_only-vendor.scss", ""));
        var resolver = new SassImportResolver(tree, ["_vendor", "_sass"]);

        Assert.Equal(["_sass/components/_shared.scss"], resolver.Resolve("shared", "_sass/components").Paths);
        Assert.Equal(["_vendor/_shared.scss"], resolver.Resolve("shared", "").Paths);
        Assert.Equal(["_vendor/_only-vendor.scss"], resolver.Resolve("only-vendor", "_sass/components").Paths);
        Assert.Equal(["_sass/_only-vendor.scss"], resolver.Resolve("only-vendor", "_sass").Paths);
    }

    [Fact]
    public void Finds_partials_extensions_and_index_files_as_libsass_does()
    {
        var tree = new MemorySourceTree(
            ("_sass/_a.sass", ""),
            ("_sass/b.css", ""),
            ("_sass/c.scss", ""),
            ("_sass/grid/_index.scss", ""),
            ("_sass/sub/_d.scss", ""),
            ("_sass/noext", ""));
        var resolver = new SassImportResolver(tree, ["_sass"]);

        Assert.Equal(["_sass/_a.sass"], resolver.Resolve("a", "").Paths);
        Assert.Equal(["_sass/b.css"], resolver.Resolve("b", "").Paths);
        Assert.Equal(["_sass/c.scss"], resolver.Resolve("c.scss", "").Paths);
        Assert.Equal(["_sass/grid/_index.scss"], resolver.Resolve("grid", "").Paths);
        Assert.Equal(["_sass/sub/_d.scss"], resolver.Resolve("sub/d", "").Paths);
        Assert.Equal(["_sass/noext"], resolver.Resolve("noext", "").Paths);
        Assert.Empty(resolver.Resolve("grid.scss", "").Paths);
    }

    [Fact]
    public void A_partial_beside_a_plain_file_of_the_same_name_is_ambiguous()
    {
        var tree = new MemorySourceTree(("_sass/_base.scss", ""), ("_sass/base.scss", ""));

        var resolution = new SassImportResolver(tree, ["_sass"]).Resolve("base", "");

        Assert.Equal(["_sass/_base.scss", "_sass/base.scss"], resolution.Paths);
        Assert.Equal(["_base.scss", "base.scss"], resolution.Relative);
    }

    [Theory]
    [InlineData("../../secret", "_sass")]
    [InlineData("/etc/passwd", "")]
    [InlineData("../outside", "")]
    public void Imports_cannot_leave_the_site(string url, string folder)
    {
        var tree = new MemorySourceTree(("_secret.scss", ""), ("_sass/_x.scss", ""));

        Assert.Empty(new SassImportResolver(tree, ["_sass"]).Resolve(url, folder).Paths);
    }

    [Fact]
    public void Parent_folders_are_followed_inside_the_site()
    {
        var tree = new MemorySourceTree(("_sass/theme/_palette.scss", ""), ("_sass/components/x.scss", ""));

        Assert.Equal(["_sass/theme/_palette.scss"], new SassImportResolver(tree, []).Resolve("../theme/palette", "_sass/components").Paths);
    }
}
