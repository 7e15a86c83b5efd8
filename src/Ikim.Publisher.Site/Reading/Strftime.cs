using System.Globalization;

namespace Ikim.Publisher.Site.Reading;

/// <summary>The date placeholders of permalinks, formatted as Ruby's strftime formats them (English names).</summary>
internal static class Strftime
{
    public static string? FormatPlaceholder(string key, DateTimeOffset date)
    {
        var invariant = CultureInfo.InvariantCulture;
        return key switch
        {
            "year" => date.Year.ToString("0000", invariant),
            "month" => date.Month.ToString("00", invariant),
            "day" => date.Day.ToString("00", invariant),
            "hour" => date.Hour.ToString("00", invariant),
            "minute" => date.Minute.ToString("00", invariant),
            "second" => date.Second.ToString("00", invariant),
            "i_day" => date.Day.ToString(invariant),
            "i_month" => date.Month.ToString(invariant),
            "short_month" => date.ToString("MMM", invariant),
            "long_month" => date.ToString("MMMM", invariant),
            "short_year" => (date.Year % 100).ToString("00", invariant),
            "w_year" => ISOWeek.GetYear(date.DateTime).ToString(invariant),
            "week" => ISOWeek.GetWeekOfYear(date.DateTime).ToString("00", invariant),
            "w_day" => (date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek).ToString(invariant),
            "short_day" => date.ToString("ddd", invariant),
            "long_day" => date.ToString("dddd", invariant),
            "y_day" => date.DayOfYear.ToString("000", invariant),
            _ => null,
        };
    }
}
