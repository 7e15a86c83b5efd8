using Ikim.Publisher.Site.Sass;

namespace Ikim.Publisher.Site.Tests.Sass;

public sealed class SassLoadPathsTests
{
    private static readonly MemorySourceTree Tree = new(
        ("_sass/_a.scss", ""),
        ("_vendor/zeta/stylesheets/_z.scss", ""),
        ("_vendor/alpha/stylesheets/_a.scss", ""),
        ("_vendor/alpha/docs/readme.md", ""),
        ("_vendor/.hidden/stylesheets/_h.scss", ""),
        ("node_modules/pkg/scss/deep/_d.scss", ""),
        ("file.scss", ""));

    [Fact]
    public void Globs_expand_sorted_and_skip_dot_folders()
    {
        Assert.Equal(["_vendor/alpha/stylesheets", "_vendor/zeta/stylesheets"], SassLoadPaths.Resolve(["_vendor/*/stylesheets"], Tree));
    }

    [Fact]
    public void Braces_double_stars_and_character_classes_work_as_in_dir_glob()
    {
        Assert.Equal(["_vendor/zeta/stylesheets", "_vendor/alpha/docs"], SassLoadPaths.Resolve(["_vendor/{zeta/stylesheets,alpha/docs}"], Tree));
        Assert.Equal(["node_modules/pkg/scss/deep"], SassLoadPaths.Resolve(["node_modules/**/deep"], Tree));
        Assert.Equal(["_vendor/alpha"], SassLoadPaths.Resolve(["_vendor/[a-c]lpha"], Tree));
    }

    [Fact]
    public void Only_existing_folders_are_kept_once_and_in_order()
    {
        Assert.Equal(["_sass", "_vendor"], SassLoadPaths.Resolve(["missing", "_sass", "file.scss", "_vendor", "./_sass/"], Tree));
    }

    [Fact]
    public void Paths_are_sanitized_into_the_site_as_jekyll_does()
    {
        Assert.Equal(["_sass", "_vendor"], SassLoadPaths.Resolve(["../../_sass", "/_vendor"], Tree));
        Assert.Equal([""], SassLoadPaths.Resolve([".."], Tree));
    }
}
