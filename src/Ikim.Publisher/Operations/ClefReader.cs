using System.Globalization;
using System.Text.Json;
using Serilog.Events;
using Serilog.Parsing;

namespace Ikim.Publisher.Operations;

/// <summary>
/// Reads one line of Serilog's compact JSON (CLEF: <c>@t</c>, <c>@mt</c>, <c>@l</c>, <c>@x</c>,
/// then the properties) back into a <see cref="LogEvent"/>, so it can be rendered with an
/// ordinary output template.
/// </summary>
public static class ClefReader
{
    private static readonly MessageTemplateParser Parser = new();

    /// <summary>The event, or null for a line that is not a CLEF object (a torn last line, say).</summary>
    public static LogEvent? TryRead(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object ? Read(document.RootElement) : null;
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return null;
        }
    }

    private static LogEvent Read(JsonElement root)
    {
        var timestamp = root.TryGetProperty("@t", out var t) ? DateTimeOffset.Parse(t.GetString() ?? "", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : DateTimeOffset.MinValue;
        var level = root.TryGetProperty("@l", out var l) && Enum.TryParse<LogEventLevel>(l.GetString(), out var parsed) ? parsed : LogEventLevel.Information;
        var template = root.TryGetProperty("@mt", out var mt) ? mt.GetString() ?? ""
            : root.TryGetProperty("@m", out var m) ? (m.GetString() ?? "").Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal)
            : "";
        var exception = root.TryGetProperty("@x", out var x) ? new TextException(x.GetString() ?? "") : null;
        var properties = root.EnumerateObject()
            .Where(p => !p.Name.StartsWith('@') || p.Name.StartsWith("@@", StringComparison.Ordinal))
            .Select(p => new LogEventProperty(p.Name.StartsWith("@@", StringComparison.Ordinal) ? p.Name[1..] : p.Name, Value(p.Value)));
        return new LogEvent(timestamp, level, exception, Parser.Parse(template), properties);
    }

    private static LogEventPropertyValue Value(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => new ScalarValue(element.GetString()),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? new ScalarValue(integer) : new ScalarValue(element.GetDouble()),
        JsonValueKind.True => new ScalarValue(true),
        JsonValueKind.False => new ScalarValue(false),
        JsonValueKind.Array => new SequenceValue(element.EnumerateArray().Select(Value)),
        JsonValueKind.Object => new StructureValue(
            element.EnumerateObject().Where(p => p.Name != "$type").Select(p => new LogEventProperty(p.Name, Value(p.Value))),
            element.TryGetProperty("$type", out var type) ? type.GetString() : null),
        _ => new ScalarValue(null),
    };

    /// <summary>An exception known only by its logged text.</summary>
    private sealed class TextException(string text) : Exception(text)
    {
        public override string ToString() => Message;
    }
}
