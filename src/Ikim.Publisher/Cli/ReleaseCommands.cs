using System.Globalization;
using Ikim.Publisher.Publishing;

namespace Ikim.Publisher.Cli;

/// <summary>
/// <c>ikim-publisher releases | rollback [RELEASE] | pin | unpin [--root PATH]</c>: the operator's
/// hands on the release store. They work on disk (through the release lock), not over HTTP, so
/// they work the same whether the worker runs or not; the worker reads the pin before every publish.
/// Exit 0 on success, 1 when the operation cannot be done, 2 on bad usage.
/// </summary>
public static class ReleaseCommands
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal) { "releases", "rollback", "pin", "unpin" };

    private const string Usage = "usage: ikim-publisher releases | rollback [RELEASE] | pin | unpin   [--root RELEASES_ROOT]";

    public static int Run(string command, string[] args, TextWriter output, TextWriter error)
    {
        if (!TryParse(command, args, out var root, out var release, out var problem))
        {
            error.WriteLine(problem);
            error.WriteLine(Usage);
            return 2;
        }

        var store = ReleaseStoreLocator.Open(root);
        var control = new ReleaseControl(store, TimeProvider.System);
        try
        {
            switch (command)
            {
                case "releases":
                    List(store, control, output);
                    break;
                case "rollback":
                    var target = control.Rollback(release, "rollback by " + Environment.UserName);
                    output.WriteLine($"current -> {target.Id} ({Describe(target.Manifest)})");
                    output.WriteLine("Pinned: automatic publishing is paused until `ikim-publisher unpin`.");
                    break;
                case "pin":
                    var pinned = control.PinLive("pinned by " + Environment.UserName);
                    output.WriteLine($"Pinned to the live release {pinned.Id}: automatic publishing is paused until `ikim-publisher unpin`.");
                    break;
                case "unpin":
                    output.WriteLine(control.Unpin()
                        ? "Unpinned: the worker publishes the branch head again at its next poll."
                        : "Publishing was not pinned.");
                    break;
            }

            return 0;
        }
        catch (ReleaseControlException ex)
        {
            error.WriteLine(ex.Message);
            return 1;
        }
    }

    private static void List(ReleaseStore store, ReleaseControl control, TextWriter output)
    {
        var releases = control.List();
        output.WriteLine($"Releases in {store.ReleasesPath}, newest first:");
        if (releases.Count == 0)
        {
            output.WriteLine("  (none yet)");
        }

        output.WriteLine($"  {"RELEASE",-36} {"COMMIT",-12}  {"COMMITTED (UTC)",-19}  {"FILES",6}  MESSAGE");
        foreach (var release in releases)
        {
            var m = release.Manifest;
            var marks = new[] { release.Live ? "live" : null, release.Previous ? "previous" : null, release.Pinned ? "pinned" : null }.OfType<string>().ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(release.Live ? "*" : " ")} {release.Id,-36} {m?.Commit[..12] ?? "?",-12}  {m?.CommitTime.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "?",-19}  {m?.Files ?? 0,6}  {m?.Message ?? "(no manifest)"}{(marks.Count > 0 ? "  [" + string.Join(", ", marks) + "]" : "")}"));
        }

        if (control.Pin is { } pin)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Publishing is pinned to {pin.Release} since {pin.PinnedAt:yyyy-MM-dd HH:mm:ss zzz} ({pin.Reason}); `ikim-publisher unpin` resumes it."));
        }
    }

    private static string Describe(ReleaseManifest? manifest) =>
        manifest is null ? "no manifest" : $"commit {manifest.Commit[..12]}: {manifest.Message}";

    private static bool TryParse(string command, string[] args, out string? root, out string? release, out string problem)
    {
        root = null;
        release = null;
        problem = "";
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--root" && i + 1 < args.Length)
            {
                root = args[++i];
            }
            else if (command == "rollback" && release is null && !args[i].StartsWith('-'))
            {
                release = args[i];
            }
            else
            {
                problem = $"unexpected argument '{args[i]}'";
                return false;
            }
        }

        return true;
    }
}
