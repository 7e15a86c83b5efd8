using System.Globalization;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// Jekyll's date filters (filters/date_filters.rb). They first move the time into the site's
/// zone: <c>date_to_xmlschema</c> of 14:07 +01:00 in a UTC site is 13:07+00:00.
/// </summary>
internal static class JekyllDateFilters
{
    public static void Register(FilterRegistry.Builder filters)
    {
        filters.Add("date_to_xmlschema", 0, 0, (context, input, _) => XmlSchema(context, input));
        filters.Add("date_to_rfc822", 0, 0, (context, input, _) => Format(context, input, "%a, %d %b %Y %H:%M:%S %z"));
        filters.Add("date_to_string", 0, 2, (context, input, args) => Stringify(context, input, "%b", args));
        filters.Add("date_to_long_string", 0, 2, (context, input, args) => Stringify(context, input, "%B", args));
    }

    /// <summary>date_to_xmlschema: "2024-03-05T13:07:09+00:00" in the site's zone (empty input stays as it is).</summary>
    public static object? XmlSchema(RenderContext context, object? input) => Format(context, input, "%Y-%m-%dT%H:%M:%S%:z");

    private static object? Format(RenderContext context, object? input, string format) =>
        RubyValue.ToS(input).Length == 0 ? input : Strftime.Format(LocalTime(context, input), format);

    private static object? Stringify(RenderContext context, object? input, string month, object?[] args)
    {
        if (RubyValue.ToS(input).Length == 0)
        {
            return input;
        }

        var time = LocalTime(context, input);
        if (args.Length > 0 && args[0] is "ordinal")
        {
            var day = time.Value.Day;
            var ordinal = day.ToString(CultureInfo.InvariantCulture) + Suffix(day);
            return Strftime.Format(time, args.Length > 1 && args[1] is "US" ? $"{month} {ordinal}, %Y" : $"{ordinal} {month} %Y");
        }

        return Strftime.Format(time, $"%d {month} %Y");
    }

    private static string Suffix(int day) => day is >= 11 and <= 13 ? "th" : (day % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };

    // Jekyll's time(input): to_date, to_time (a Date is midnight local time), then localtime.
    private static RubyTime LocalTime(RenderContext context, object? input)
    {
        var zone = context.Site.TimeZone;
        return DateFilter.ToTime(context, input) switch
        {
            { IsDate: true } date => RubyTime.LocalWallClock(date.Value.DateTime, zone),
            { } time => RubyTime.Local(time.Value, zone),
            null => throw new LiquidException($"Invalid Date: '{RubyValue.Inspect(input)}' is not a valid datetime."),
        };
    }
}
