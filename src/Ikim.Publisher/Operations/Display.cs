using System.Globalization;

namespace Ikim.Publisher.Operations;

/// <summary>How times, durations and commits read on the status page and in <c>ikim-publisher status</c>.</summary>
public static class Display
{
    public static string Short(string sha) => sha.Length > 12 ? sha[..12] : sha;

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Duration(long ms) => ms < 10_000 ? $"{ms} ms" : string.Create(CultureInfo.InvariantCulture, $"{ms / 1000.0:0.0} s");

    public static string Ago(DateTimeOffset now, DateTimeOffset then)
    {
        var age = now - then;
        return age.TotalSeconds < 90 ? $"{Math.Max(0, (int)age.TotalSeconds)} s ago"
            : age.TotalMinutes < 90 ? $"{(int)age.TotalMinutes} min ago"
            : age.TotalHours < 48 ? $"{(int)age.TotalHours} h ago"
            : $"{(int)age.TotalDays} days ago";
    }
}
