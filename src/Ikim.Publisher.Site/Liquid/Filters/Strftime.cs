using System.Globalization;
using System.Text;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// Ruby's Time#strftime: every conversion with its flags (<c>-</c> no padding, <c>_</c> spaces,
/// <c>0</c> zeros, <c>^</c> upper case, <c>#</c> swapped case), widths (<c>%010Y</c>), <c>%:z</c>,
/// <c>%3N</c>, and unknown directives copied through as written.
/// </summary>
internal static class Strftime
{
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public static string Format(RubyTime time, string format)
    {
        var output = new StringBuilder(format.Length + 16);
        var i = 0;
        while (i < format.Length)
        {
            if (format[i] != '%' || i + 1 >= format.Length)
            {
                output.Append(format[i++]);
                continue;
            }

            var start = i++;
            var flags = "";
            while (i < format.Length && format[i] is '-' or '_' or '0' or '^' or '#')
            {
                flags += format[i++];
            }

            var width = -1;
            while (i < format.Length && char.IsAsciiDigit(format[i]))
            {
                width = (width < 0 ? 0 : width * 10) + (format[i++] - '0');
            }

            var colons = 0;
            while (i < format.Length && format[i] == ':')
            {
                colons++;
                i++;
            }

            if (i < format.Length && format[i] is 'E' or 'O' && i + 1 < format.Length && IsModifiable(format[i], format[i + 1]))
            {
                i++;
            }

            if (i >= format.Length)
            {
                output.Append(format, start, format.Length - start);
                break;
            }

            var conversion = format[i++];
            var text = Convert(time, conversion, flags, width, colons);
            output.Append(text ?? format[start..i]);
        }

        return output.ToString();
    }

    private static bool IsModifiable(char modifier, char conversion) => modifier == 'E'
        ? conversion is 'c' or 'C' or 'x' or 'X' or 'y' or 'Y'
        : conversion is 'd' or 'e' or 'H' or 'I' or 'm' or 'M' or 'S' or 'u' or 'U' or 'V' or 'w' or 'W' or 'y';

    private static string? Convert(RubyTime time, char conversion, string flags, int width, int colons)
    {
        var t = time.Value;
        return conversion switch
        {
            'Y' => Number(t.Year, flags, width, 4, '0'),
            'C' => Number(FloorDiv(t.Year, 100), flags, width, 2, '0'),
            'y' => Number(((t.Year % 100) + 100) % 100, flags, width, 2, '0'),
            'm' => Number(t.Month, flags, width, 2, '0'),
            'd' => Number(t.Day, flags, width, 2, '0'),
            'e' => Number(t.Day, flags, width, 2, ' '),
            'j' => Number(t.DayOfYear, flags, width, 3, '0'),
            'H' => Number(t.Hour, flags, width, 2, '0'),
            'k' => Number(t.Hour, flags, width, 2, ' '),
            'I' => Number(Hour12(t.Hour), flags, width, 2, '0'),
            'l' => Number(Hour12(t.Hour), flags, width, 2, ' '),
            'M' => Number(t.Minute, flags, width, 2, '0'),
            'S' => Number(t.Second, flags, width, 2, '0'),
            'L' => Fraction(t, width < 0 ? 3 : width),
            'N' => Fraction(t, width < 0 ? 9 : width),
            's' => Number(t.ToUnixTimeSeconds(), flags, width, 1, '0'),
            'u' => Number(t.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)t.DayOfWeek, flags, width, 1, '0'),
            'w' => Number((int)t.DayOfWeek, flags, width, 1, '0'),
            'U' => Number((t.DayOfYear - 1 + 7 - (int)t.DayOfWeek) / 7, flags, width, 2, '0'),
            'W' => Number((t.DayOfYear - 1 + 7 - (((int)t.DayOfWeek + 6) % 7)) / 7, flags, width, 2, '0'),
            'V' => Number(ISOWeek.GetWeekOfYear(t.DateTime), flags, width, 2, '0'),
            'G' => Number(ISOWeek.GetYear(t.DateTime), flags, width, 4, '0'),
            'g' => Number(ISOWeek.GetYear(t.DateTime) % 100, flags, width, 2, '0'),
            'B' => Text(Months[t.Month - 1], flags, width),
            'b' or 'h' => Text(Months[t.Month - 1][..3], flags, width),
            'A' => Text(Days[(int)t.DayOfWeek], flags, width),
            'a' => Text(Days[(int)t.DayOfWeek][..3], flags, width),
            'p' => Text(t.Hour < 12 ? "AM" : "PM", flags.Replace("#", "") + (flags.Contains('#') ? "v" : ""), width),
            'P' => Text(t.Hour < 12 ? "am" : "pm", flags, width),
            'Z' => Text(time.ZoneName, flags.Contains('#') ? flags.Replace("#", "") + "v" : flags, width),
            'z' => Zone(t.Offset, flags, width, colons),
            'c' => Text(Format(time, "%a %b %e %H:%M:%S %Y"), flags, width),
            'D' or 'x' => Text(Format(time, "%m/%d/%y"), flags, width),
            'F' => Text(Format(time, "%Y-%m-%d"), flags, width),
            'T' or 'X' => Text(Format(time, "%H:%M:%S"), flags, width),
            'R' => Text(Format(time, "%H:%M"), flags, width),
            'r' => Text(Format(time, "%I:%M:%S %p"), flags, width),
            'v' => Text(Format(time, "%e-%^b-%4Y"), flags, width),
            '+' => Text(Format(time, "%a %b %e %H:%M:%S %Z %Y"), flags, width),
            'n' => "\n",
            't' => "\t",
            '%' => "%",
            _ => null,
        };
    }

    private static int Hour12(int hour) => hour % 12 == 0 ? 12 : hour % 12;

    private static long FloorDiv(long a, long b) => (long)Math.Floor(a / (double)b);

    private static string Number(long value, string flags, int width, int defaultWidth, char defaultPad)
    {
        var pad = flags.Contains('-') ? '\0' : flags.Contains('_') ? ' ' : flags.Contains('0') ? '0' : defaultPad;
        var digits = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var size = width < 0 ? defaultWidth : width;
        var sign = value < 0 ? "-" : "";
        if (pad == '\0')
        {
            return sign + digits;
        }

        var padding = Math.Max(0, size - digits.Length - sign.Length);
        return pad == '0' ? sign + new string('0', padding) + digits : new string(' ', padding) + sign + digits;
    }

    // "^" upper-cases; "#" swaps case (upper for names; the 'v' marker asks for lower, as %#p and %#Z do).
    private static string Text(string value, string flags, int width)
    {
        if (flags.Contains('^') || (flags.Contains('#') && !flags.Contains('v')))
        {
            value = value.ToUpperInvariant();
        }
        else if (flags.Contains('v'))
        {
            value = value.ToLowerInvariant();
        }

        if (width > value.Length && !flags.Contains('-'))
        {
            var pad = flags.Contains('0') ? '0' : ' ';
            value = new string(pad, width - value.Length) + value;
        }

        return value;
    }

    private static string Fraction(DateTimeOffset t, int digits)
    {
        var nanoseconds = (t.Ticks % TimeSpan.TicksPerSecond * 100).ToString("000000000", CultureInfo.InvariantCulture);
        return digits <= 9 ? nanoseconds[..digits] : nanoseconds + new string('0', digits - 9);
    }

    private static string Zone(TimeSpan offset, string flags, int width, int colons)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        var text = colons switch
        {
            0 => $"{abs.Hours:00}{abs.Minutes:00}",
            1 => $"{abs.Hours:00}:{abs.Minutes:00}",
            _ => $"{abs.Hours:00}:{abs.Minutes:00}:{abs.Seconds:00}",
        };
        if (flags.Contains('-'))
        {
            text = text.TrimStart('0');
            if (text.Length == 0 || text[0] == ':')
            {
                text = "0" + text;
            }
        }

        var full = sign + text;
        if (width > full.Length)
        {
            full = flags.Contains('_') ? new string(' ', width - full.Length) + full : sign + new string('0', width - full.Length) + text;
        }

        return full;
    }
}
