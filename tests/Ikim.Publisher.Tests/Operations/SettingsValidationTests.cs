using Ikim.Publisher.Tests.Support;
using Microsoft.Extensions.Options;

namespace Ikim.Publisher.Tests.Operations;

public sealed class SettingsValidationTests
{
    [Theory]
    [InlineData("Hooks:GitHubSecret", "short")]
    [InlineData("Hooks:GitLabToken", "has a space in it, so no")]
    [InlineData("Hooks:MaxBodyBytes", "100")]
    [InlineData("Admin:Token", "123")]
    [InlineData("Operations:ReadyMaxFetchAge", "00:00:00")]
    [InlineData("Operations:StatusRefresh", "02:00:00")]
    [InlineData("Operations:BuildLogsKeep", "0")]
    public async Task A_bad_setting_stops_the_start_and_is_named(string setting, string value)
    {
        using var temp = new TempFolder();
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            RunningPublisher.StartAsync(temp.Combine("data"), temp.Combine("none.git"), new Dictionary<string, string?> { [setting] = value }));
        Assert.Contains(setting, string.Join("; ", failure.Failures));
    }
}
