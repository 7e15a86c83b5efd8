using Ikim.Publisher.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Ikim.Publisher.Tests;

/// <summary>A bad setting stops the start with a message naming the setting.</summary>
public sealed class ConfigurationValidationTests
{
    [Theory]
    [InlineData("Releases:Keep", "0", "Releases:Keep")]
    [InlineData("Repository:PollInterval", "00:00:00.001", "Repository:PollInterval")]
    [InlineData("Repository:Url", "", "Repository:Url")]
    [InlineData("Repository:Branch", "bad branch", "Repository:Branch")]
    public async Task Invalid_setting_stops_the_start_naming_it(string key, string value, string named)
    {
        using var temp = new TempFolder();
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Repository:Url"] = temp.Combine("repo.git"),
            ["Repository:CachePath"] = temp.Combine("cache"),
            ["Releases:Root"] = temp.Combine("site"),
            [key] = value,
        };
        await using var app = PublisherHost.Create([], builder => builder.Configuration.AddInMemoryCollection(settings));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(named, string.Join("\n", error.Failures));
    }
}
