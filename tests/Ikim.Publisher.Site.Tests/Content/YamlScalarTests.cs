using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Tests.Content;

/// <summary>Plain YAML scalars resolve as Ruby's Psych resolves them (expected values printed by Ruby 3.1's Psych).</summary>
public sealed class YamlScalarTests
{
    [Theory]
    [InlineData("007", 7L)]
    [InlineData("01234", 668L)]
    [InlineData("0x1F", 31L)]
    [InlineData("1_000", 1000L)]
    [InlineData("1,000", 1000L)]
    [InlineData("+12", 12L)]
    [InlineData("-7", -7L)]
    [InlineData("0b101", 5L)]
    [InlineData("10:20", 37200L)]
    [InlineData("1:30:00", 5400L)]
    public void Integers(string text, long expected) => Assert.Equal(expected, YamlScalar.ResolvePlain(text));

    [Theory]
    [InlineData("6.02e+23", 6.02e+23)]
    [InlineData("1.10", 1.1)]
    [InlineData("1.", 1.0)]
    [InlineData(".5", 0.5)]
    [InlineData("2:5.5", 7530.0)]
    [InlineData(".inf", double.PositiveInfinity)]
    [InlineData("-.inf", double.NegativeInfinity)]
    public void Floats(string text, double expected) => Assert.Equal(expected, YamlScalar.ResolvePlain(text));

    [Theory]
    [InlineData("08")]
    [InlineData("1e3")]
    [InlineData("y")]
    [InlineData("n")]
    [InlineData("abc")]
    [InlineData("2024-02-30")]
    public void Strings(string text) => Assert.Equal(text, YamlScalar.ResolvePlain(text));

    [Theory]
    [InlineData("yes", true)]
    [InlineData("No", false)]
    [InlineData("ON", true)]
    [InlineData("off", false)]
    public void Booleans(string text, bool expected) => Assert.Equal(expected, YamlScalar.ResolvePlain(text));

    [Theory]
    [InlineData("Null")]
    [InlineData("~")]
    public void Nulls(string text) => Assert.Null(YamlScalar.ResolvePlain(text));

    [Fact]
    public void Dates_may_have_single_digit_parts() => Assert.Equal(new DateOnly(2024, 1, 5), YamlScalar.ResolvePlain("2024-1-5"));
}
