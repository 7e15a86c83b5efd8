using System.Collections.Concurrent;

namespace Ikim.Publisher.Site.Rendering;

/// <summary>Warnings collected during a build (thread-safe: pages render in parallel).</summary>
public sealed class BuildDiagnostics
{
    private readonly ConcurrentQueue<BuildWarning> _warnings = new();

    public IReadOnlyList<BuildWarning> Warnings => _warnings.OrderBy(w => w.Path, StringComparer.Ordinal).ThenBy(w => w.Message, StringComparer.Ordinal).ToList();

    public void Warn(string path, string message) => _warnings.Enqueue(new BuildWarning(path, message));
}

public sealed record BuildWarning(string Path, string Message);
