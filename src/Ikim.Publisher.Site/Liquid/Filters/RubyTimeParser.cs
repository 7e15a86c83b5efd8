using System.Globalization;
using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// The part of Ruby's Time.parse (Date._parse) that dates in front matter and data files use:
/// ISO 8601 ("2024-03-05T14:07:09+01:00"), "2024/03/05", RFC 2822 ("Tue, 05 Mar 2024 14:07:09 -0500"),
/// "March 5, 2024", "5 Mar 2024 10:00", with optional fractions and zones. A time without a zone
/// is read in the site's zone; missing parts come from <c>now</c>, as in Ruby.
/// </summary>
internal static partial class RubyTimeParser
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static RubyTime? Parse(string text, TimeZoneInfo zone, DateTimeOffset now)
    {
        int? year = null, month = null, day = null;
        var rest = text;

        var iso = IsoDate().Match(rest);
        if (iso.Success)
        {
            (year, month, day) = (Int(iso.Groups["y"]), Int(iso.Groups["m"]), Int(iso.Groups["d"]));
            rest = rest.Remove(iso.Index, iso.Length).Insert(iso.Index, " ");
        }
        else if (NamedDate().Match(rest) is { Success: true } named)
        {
            month = Month(named.Groups["mon"].Value);
            day = named.Groups["d1"].Success ? Int(named.Groups["d1"]) : Int(named.Groups["d2"]);
            year = named.Groups["y"].Success ? Int(named.Groups["y"]) : null;
            rest = rest.Remove(named.Index, named.Length).Insert(named.Index, " ");
        }

        int hour = 0, minute = 0, second = 0;
        long ticks = 0;
        var time = Time().Match(rest);
        if (time.Success)
        {
            hour = Int(time.Groups["h"]);
            minute = Int(time.Groups["mi"]);
            second = time.Groups["s"].Success ? Int(time.Groups["s"]) : 0;
            if (time.Groups["f"].Success)
            {
                var fraction = (time.Groups["f"].Value + "0000000")[..7];
                ticks = long.Parse(fraction, CultureInfo.InvariantCulture);
            }

            if (time.Groups["ampm"].Success)
            {
                var pm = char.ToLowerInvariant(time.Groups["ampm"].Value[0]) == 'p';
                hour = hour % 12 + (pm ? 12 : 0);
            }

            rest = rest[(time.Index + time.Length)..];
        }

        if (year is null && month is null && !time.Success)
        {
            return null;
        }

        var local = now.ToOffset(zone.GetUtcOffset(now));
        try
        {
            // Like Ruby's Time.local, a day past the month's end (up to 31) rolls over: Feb 30 is March 1.
            var dayOfMonth = day ?? local.Day;
            if (dayOfMonth is < 1 or > 31)
            {
                return null;
            }

            var wallClock = new DateTime(year ?? local.Year, month ?? local.Month, 1, hour, minute, second).AddDays(dayOfMonth - 1).AddTicks(ticks);
            var zoneMatch = Zone().Match(rest);
            if (!zoneMatch.Success || !TryOffset(zoneMatch.Groups[1].Value, out var offset, out var utc))
            {
                return RubyTime.LocalWallClock(wallClock, zone);
            }

            return new RubyTime(new DateTimeOffset(wallClock, offset), utc ? "UTC" : "");
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static int Month(string name) => Array.IndexOf(MonthNames, name[..3].ToLowerInvariant()) + 1;

    private static bool TryOffset(string zone, out TimeSpan offset, out bool utc)
    {
        utc = zone.ToUpperInvariant() is "Z" or "UTC" or "GMT" or "UT";
        offset = TimeSpan.Zero;
        if (utc)
        {
            return true;
        }

        var named = zone.ToUpperInvariant() switch
        {
            "EST" => -5,
            "EDT" => -4,
            "CST" => -6,
            "CDT" => -5,
            "MST" => -7,
            "MDT" => -6,
            "PST" => -8,
            "PDT" => -7,
            "CET" => 1,
            "CEST" => 2,
            "EET" => 2,
            "EEST" => 3,
            "WET" => 0,
            "WEST" => 1,
            "BST" => 1,
            "JST" => 9,
            _ => (int?)null,
        };
        if (named is { } hours)
        {
            offset = TimeSpan.FromHours(hours);
            return true;
        }

        var digits = zone[1..].Replace(":", "");
        if (digits.Length is 0 or > 4 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var h = int.Parse(digits.Length <= 2 ? digits : digits[..^2], CultureInfo.InvariantCulture);
        var m = digits.Length <= 2 ? 0 : int.Parse(digits[^2..], CultureInfo.InvariantCulture);
        offset = (zone[0] == '-' ? -1 : 1) * new TimeSpan(h, m, 0);
        return offset.Duration() <= TimeSpan.FromHours(14);
    }

    [GeneratedRegex(@"(?<![0-9])(?<y>-?[0-9]{4})[-/](?<m>[0-9]{1,2})[-/](?<d>[0-9]{1,2})(?![0-9])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?:(?<d1>[0-9]{1,2})(?:st|nd|rd|th)?[ \t,.-]+)?(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b[ \t.,-]*(?(d1)|(?<d2>[0-9]{1,2})(?:st|nd|rd|th)?\b[ \t,]*)(?:(?<y>[0-9]{4})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex NamedDate();

    [GeneratedRegex(@"(?<![0-9])(?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2})(?:[.,](?<f>[0-9]+))?)?(?:[ \t]*(?<ampm>[ap]\.?m\b\.?))?", RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(@"\A[ \t]*(Z|UTC|GMT|UT|[A-Z]{3,4}|[+-][0-9]{1,2}(?::?[0-9]{2})?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Zone();
}
