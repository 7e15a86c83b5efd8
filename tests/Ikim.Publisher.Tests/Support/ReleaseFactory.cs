using Ikim.Publisher.Publishing;

namespace Ikim.Publisher.Tests.Support;

/// <summary>Makes sealed releases directly in a store, as the publisher does, without a build: for store and serving tests.</summary>
public sealed class ReleaseFactory(ReleaseStore store)
{
    private DateTimeOffset _clock = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private int _count;

    /// <summary>A sealed release holding <paramref name="files"/> (path → text); returns its id.</summary>
    public string Make(IReadOnlyDictionary<string, string> files, string? commit = null)
    {
        _clock = _clock.AddSeconds(1);
        _count++;
        commit ??= _count.ToString("x40", System.Globalization.CultureInfo.InvariantCulture);
        var staged = store.Stage(commit[..12], _clock);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(staged.Path, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        var (count, hash) = ReleaseManifest.HashTree(staged.Path, store.ManifestPath);
        new ReleaseManifest(staged.Id, commit, "Erika Editor", _clock, $"release {_count}", "test", _clock, count, hash)
            .WriteTo(Path.Combine(staged.Path, store.ManifestPath));
        store.Seal(staged);
        return staged.Id;
    }

    public string Make(string commit = "") =>
        Make(new Dictionary<string, string> { ["index.html"] = $"release {_count + 1}" }, commit.Length == 0 ? null : commit.PadRight(40, '0'));

    /// <summary>Makes a release and switches <c>current</c> to it.</summary>
    public string MakeLive(string commit = "")
    {
        var id = Make(commit);
        using var held = store.Lock();
        store.Activate(id, held);
        return id;
    }
}
