using System.Numerics;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// Liquid's <c>date</c> filter: strftime over a Time, a Date, a date string (Time.parse) or epoch
/// seconds; input it cannot read as a date comes back unchanged. "now" and "today" are the build's
/// time (<c>site.time</c>), so a build can be repeated.
/// </summary>
internal static class DateFilter
{
    public static void Register(FilterRegistry.Builder filters) => filters.Add("date", 1, 1, (context, input, args) =>
    {
        var format = RubyValue.ToS(args[0]);
        if (format.Length == 0)
        {
            return input;
        }

        return ToTime(context, input) is { } time ? Strftime.Format(time, format) : input;
    });

    /// <summary>Liquid::Utils.to_date: times and dates as they are, strings parsed, digits as epoch seconds in the site's zone.</summary>
    public static RubyTime? ToTime(RenderContext context, object? input)
    {
        switch (input)
        {
            case DateTimeOffset time:
                return RubyTime.FromTime(time);
            case DateOnly date:
                return RubyTime.FromDate(date);
            case long or int or BigInteger:
                return FromEpoch(context, RubyNumber.ToLong(input));
            case string text when text.Length > 0:
                var lower = text.ToLowerInvariant();
                if (lower is "now" or "today")
                {
                    return RubyTime.Local(Now(context), context.Site.TimeZone);
                }

                if (lower.All(char.IsAsciiDigit))
                {
                    return FromEpoch(context, RubyNumber.ToLong(RubyString.ToInteger(lower)));
                }

                return RubyTimeParser.Parse(text, context.Site.TimeZone, Now(context));
            default:
                return null;
        }
    }

    /// <summary>The build's "now": <c>site.time</c>, which the build sets (to the commit time in the worker).</summary>
    public static DateTimeOffset Now(RenderContext context) =>
        context.FindVariableOrNull("site") is IDictionary<string, object?> site && site.TryGetValue("time", out var time) && time is DateTimeOffset value
            ? value
            : DateTimeOffset.UtcNow;

    private static RubyTime? FromEpoch(RenderContext context, long seconds)
    {
        try
        {
            return RubyTime.Local(DateTimeOffset.FromUnixTimeSeconds(seconds), context.Site.TimeZone);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
