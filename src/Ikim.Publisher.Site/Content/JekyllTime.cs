using System.Globalization;
using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Content;

/// <summary>Parsing of the date/time strings Jekyll accepts in front matter and file names.</summary>
public static partial class JekyllTime
{
    /// <summary>
    /// Parses "2024-03-05", "2024-03-05 14:07", "2024-03-05 14:07:09 +0100", ISO 8601 and friends.
    /// A time without a zone is taken in <paramref name="zone"/> (the site's timezone), UTC when null.
    /// </summary>
    public static bool TryParse(string text, out DateTimeOffset value, TimeZoneInfo? zone = null)
    {
        var match = TimePattern().Match(text.Trim());
        value = default;
        if (!match.Success)
        {
            return false;
        }

        int Group(string name, int fallback) =>
            match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : fallback;

        try
        {
            var fraction = match.Groups["frac"].Success ? double.Parse("0" + match.Groups["frac"].Value, CultureInfo.InvariantCulture) : 0;
            var local = new DateTime(Group("y", 1), Group("mo", 1), Group("d", 1), Group("h", 0), Group("mi", 0), Group("s", 0), DateTimeKind.Unspecified)
                .AddTicks((long)Math.Round(fraction * TimeSpan.TicksPerSecond));
            TimeSpan offset;
            if (match.Groups["z"].Success)
            {
                offset = ParseOffset(match.Groups["z"].Value);
            }
            else
            {
                offset = (zone ?? TimeZoneInfo.Utc).GetUtcOffset(local);
            }

            value = new DateTimeOffset(local, offset);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static TimeSpan ParseOffset(string zone)
    {
        if (zone is "Z" or "z" or "UTC")
        {
            return TimeSpan.Zero;
        }

        var sign = zone[0] == '-' ? -1 : 1;
        var digits = zone[1..].Replace(":", "");
        var hours = int.Parse(digits.Length > 2 ? digits[..^2] : digits, CultureInfo.InvariantCulture);
        var minutes = digits.Length > 2 ? int.Parse(digits[^2..], CultureInfo.InvariantCulture) : 0;
        return sign * new TimeSpan(hours, minutes, 0);
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2})(?:(?:[Tt]|\s+)(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?<frac>\.\d+)?)?)?\s*(?<z>Z|z|UTC|[-+]\d{1,2}(?::?\d{2})?)?$")]
    private static partial Regex TimePattern();
}
