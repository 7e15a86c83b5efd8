namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// A Ruby Time or Date as the date filters see it: the local time with its UTC offset, and what
/// <c>%Z</c> prints ("UTC" for UTC times, empty for a fixed offset, "+00:00" for a Date).
/// </summary>
internal readonly record struct RubyTime(DateTimeOffset Value, string ZoneName, bool IsDate = false)
{
    public static RubyTime FromTime(DateTimeOffset value) => new(value, value.Offset == TimeSpan.Zero ? "UTC" : "");

    public static RubyTime FromDate(DateOnly date) => new(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), "+00:00", IsDate: true);

    /// <summary>The same instant in the site's time zone (Ruby's <c>localtime</c> under Jekyll's TZ).</summary>
    public static RubyTime Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTime(instant, zone), zone == TimeZoneInfo.Utc || zone.Id is "UTC" or "Etc/UTC" ? "UTC" : "");

    /// <summary>A wall-clock time read in the site's time zone (Ruby's Time.local / Date#to_time).</summary>
    public static RubyTime LocalWallClock(DateTime wallClock, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        var offset = zone.IsInvalidTime(unspecified) ? zone.GetUtcOffset(unspecified.AddHours(1)) : zone.GetUtcOffset(unspecified);
        return Local(new DateTimeOffset(unspecified, offset), zone);
    }
}
