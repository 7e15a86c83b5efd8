using Serilog.Formatting.Display;

namespace Ikim.Publisher.Operations;

/// <summary>Renders compact-JSON log lines as an operator reads them: one line per event, UTC time, level, message, exception.</summary>
public static class ReadableLog
{
    private static readonly MessageTemplateTextFormatter Formatter = new(
        "{Timestamp:yyyy-MM-dd HH:mm:ss.fff}Z {Level:u3} {Message:lj}{NewLine}{Exception}", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The readable text of a line (ending with a newline), or null for a line that is not a log event.</summary>
    public static string? Format(string clefLine)
    {
        if (ClefReader.TryRead(clefLine) is not { } logEvent)
        {
            return null;
        }

        using var text = new StringWriter();
        Formatter.Format(logEvent, text);
        return text.ToString();
    }
}
