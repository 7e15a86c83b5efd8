using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Ikim.Publisher.Operations;

/// <summary>
/// Copies every event that carries a <c>BuildId</c> (pushed on LogContext for the whole build)
/// into that build's own log file. Picked up by Serilog through <c>ReadFrom.Services</c>.
/// The file is opened per event: a build logs a handful of events, and nothing stays open
/// that retention would have to close.
/// </summary>
public sealed class BuildLogSink(BuildLogs logs) : ILogEventSink
{
    private readonly CompactJsonFormatter _formatter = new();
    private readonly Lock _gate = new();

    public void Emit(LogEvent logEvent)
    {
        if (!logEvent.Properties.TryGetValue("BuildId", out var value) || value is not ScalarValue { Value: string buildId } || logs.PathFor(buildId) is not { } path)
        {
            return;
        }

        using var line = new StringWriter();
        _formatter.Format(logEvent, line);
        lock (_gate)
        {
            Directory.CreateDirectory(logs.Folder);
            File.AppendAllText(path, line.ToString());
        }
    }
}
