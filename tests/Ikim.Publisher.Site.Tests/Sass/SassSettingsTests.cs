using Ikim.Publisher.Site.Configuration;
using Ikim.Publisher.Site.Sass;

namespace Ikim.Publisher.Site.Tests.Sass;

public sealed class SassSettingsTests
{
    private static readonly MemorySourceTree Tree = new(("_sass/_a.scss", ""), ("_styles/_b.scss", ""), ("_lib/_c.scss", ""));

    [Theory]
    [InlineData(null, "Compact")]
    [InlineData("compressed", "Compressed")]
    [InlineData(":expanded", "Expanded")]
    [InlineData("nested", "Nested")]
    [InlineData("compact", "Compact")]
    [InlineData("Compressed", "Compact")]
    [InlineData("pretty", "Compact")]
    public void Style_defaults_to_compact_as_jekyll_sass_converter_2_2_on_sassc(string? style, string expected)
    {
        Assert.Equal(expected, Read(new() { ["style"] = style }).Style.ToString());
    }

    [Fact]
    public void Another_implementation_is_a_warning_and_makes_expanded_the_default()
    {
        var warnings = new List<string>();

        var settings = SassSettings.Read(Configuration(new() { ["implementation"] = "sass-embedded" }), Tree, "development", warnings.Add);

        Assert.Equal(SassOutputStyle.Expanded, settings.Style);
        Assert.Contains("sass-embedded", Assert.Single(warnings));
    }

    [Theory]
    [InlineData(null, "development", true)]
    [InlineData(null, "production", false)]
    [InlineData("development", "production", false)]
    [InlineData("always", "production", true)]
    [InlineData("never", "development", false)]
    [InlineData("sometimes", "production", true)]
    public void Source_maps_follow_the_sourcemap_option_and_the_environment(string? option, string environment, bool expected)
    {
        var settings = SassSettings.Read(Configuration(new() { ["sourcemap"] = option }), Tree, environment, _ => { });

        Assert.Equal(expected, settings.SourceMap);
    }

    [Fact]
    public void Load_paths_come_before_the_sass_dir()
    {
        Assert.Equal(["_sass"], Read([]).LoadPaths);
        Assert.Equal(["_lib", "_styles"], Read(new() { ["sass_dir"] = "_styles", ["load_paths"] = new List<object?> { "_lib" } }).LoadPaths);
        Assert.Equal(["_lib", "_sass"], Read(new() { ["sass_dir"] = "", ["load_paths"] = "_lib" }).LoadPaths);
    }

    [Fact]
    public void Add_charset_is_read()
    {
        Assert.True(Read(new() { ["add_charset"] = true }).AddCharset);
        Assert.False(Read([]).AddCharset);
    }

    private static SassSettings Read(Dictionary<string, object?> sass) =>
        SassSettings.Read(Configuration(sass), Tree, "development", warning => Assert.Fail(warning));

    private static SiteConfiguration Configuration(Dictionary<string, object?> sass) =>
        new(new Dictionary<string, object?> { ["sass"] = sass });
}
