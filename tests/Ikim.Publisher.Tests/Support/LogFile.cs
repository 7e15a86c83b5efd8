using System.Text.Json;

namespace Ikim.Publisher.Tests.Support;

/// <summary>A compact-JSON Serilog file (one event per line), read back for assertions.</summary>
public sealed class LogFile(IReadOnlyList<LogLine> events)
{
    public IReadOnlyList<LogLine> Events => events;

    public static LogFile Parse(string text) =>
        new(text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var level = root.TryGetProperty("@l", out var l) ? l.GetString()! : "Information";
                return new LogLine(level, root.GetProperty("@mt").GetString()!, line);
            })
            .ToList());

    /// <summary>The message templates of warnings (what an operator sees as separate warnings).</summary>
    public IEnumerable<string> Warnings() => events.Where(e => e.Level == "Warning").Select(e => e.Template);
}

public sealed record LogLine(string Level, string Template, string Raw);
