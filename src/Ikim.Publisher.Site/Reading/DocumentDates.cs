using System.Globalization;
using Ikim.Publisher.Site.Content;
using Ikim.Publisher.Site.Diagnostics;

namespace Ikim.Publisher.Site.Reading;

/// <summary>
/// Utils.parse_date as documents use it: the value's text is parsed as Ruby's Time.parse would, a time
/// without a zone is taken in the site's zone, and the result is shown in the site's zone (Time#localtime).
/// </summary>
internal sealed class DocumentDates(string sourcePath, TimeZoneInfo zone)
{
    public DateTimeOffset Parse(object? value) => value switch
    {
        DateTimeOffset time => TimeZoneInfo.ConvertTime(time, zone),
        DateOnly date => AtMidnight(date),
        DateTime time => TimeZoneInfo.ConvertTime(new DateTimeOffset(time, zone.GetUtcOffset(time)), zone),
        string text when JekyllTime.TryParse(text, out var parsed, zone) => TimeZoneInfo.ConvertTime(parsed, zone),
        string text when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var loose) =>
            TimeZoneInfo.ConvertTime(new DateTimeOffset(loose, zone.GetUtcOffset(loose)), zone),
        _ => throw new SiteBuildException(new SourcePosition(sourcePath, 0, 0), $"Invalid date '{value}': Document '{sourcePath}' does not have a valid date."),
    };

    private DateTimeOffset AtMidnight(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
