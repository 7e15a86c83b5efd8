using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Ikim.Publisher.Tests.Support;

namespace Ikim.Publisher.Tests.Deploy;

/// <summary>
/// The shipped systemd unit, checked by systemd's own tools. No systemd runs as PID 1 in our
/// containers, so the unit is verified, not started: <c>systemd-analyze</c> reads it the way
/// systemd would, against a root folder that holds the system's units and a stand-in for the
/// published worker.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class SystemdUnitTests
{
    private const string Unit = "ikim-publisher.service";
    private const string SystemUnits = "/usr/lib/systemd/system";

    [Fact]
    public async Task Unit_passes_systemd_analyze_verify_without_a_warning()
    {
        var analyze = ExternalTool.Require("systemd-analyze", "systemd");
        using var root = InstallRoot();

        var result = await ExternalTool.RunAsync(analyze, "verify", "--root=" + root.Path, "--man=no", "--generators=no", Unit);

        // verify exits 0 even for unknown keys and unparsable values; it only prints them.
        Assert.True(result.ExitCode == 0 && result.Output.Trim().Length == 0, $"systemd-analyze verify {Unit}: {result}");
    }

    [Fact]
    public async Task Unit_is_hardened_to_an_exposure_of_at_most_2_of_10()
    {
        var analyze = ExternalTool.Require("systemd-analyze", "systemd");
        using var root = InstallRoot();

        // --threshold is in tenths: exits non-zero above an exposure of 2.0 (the shipped unit has 1.4).
        var result = await ExternalTool.RunAsync(analyze, "security", "--offline=true", "--threshold=20", "--no-pager", "--root=" + root.Path, Unit);

        Assert.True(result.ExitCode == 0, $"systemd-analyze security {Unit}: {result}");
    }

    /// <summary>A root folder with the system's units, the shipped unit, and an executable where its ExecStart= points.</summary>
    private static TempFolder InstallRoot()
    {
        var root = new TempFolder("ikim-systemd");
        var unit = DeployFiles.Read("systemd/" + Unit);
        var execStart = Regex.Match(unit, @"^ExecStart=(\S+)", RegexOptions.Multiline).Groups[1].Value;
        Assert.StartsWith("/", execStart);

        var program = root.Combine(execStart.TrimStart('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(program)!);
        File.WriteAllText(program, "#!/bin/sh\n");
        File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        var units = root.Combine("etc", "systemd", "system");
        Directory.CreateDirectory(units);
        File.WriteAllText(Path.Combine(units, Unit), unit);

        // The targets the unit names (network-online.target, multi-user.target) and the ones
        // every service pulls in (sysinit.target) must resolve inside the root.
        var systemUnits = root.Combine(SystemUnits.TrimStart('/'));
        Directory.CreateDirectory(systemUnits);
        foreach (var file in Directory.EnumerateFiles(SystemUnits))
        {
            File.Copy(file, Path.Combine(systemUnits, Path.GetFileName(file)));
        }

        return root;
    }
}
