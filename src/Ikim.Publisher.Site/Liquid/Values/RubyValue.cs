using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using Ikim.Publisher.Site.Liquid.Runtime;

namespace Ikim.Publisher.Site.Liquid.Values;

/// <summary>
/// The Ruby object model that Liquid templates observe, over plain .NET values: nil is null,
/// Hash is <see cref="IDictionary{TKey,TValue}"/> with string keys (ScriptObject, Dictionary),
/// Array is <see cref="IList"/> (ScriptArray, List), Time is <see cref="DateTimeOffset"/>,
/// Date is <see cref="DateOnly"/>. Printing, equality and ordering follow Ruby's rules.
/// </summary>
internal static class RubyValue
{
    public static bool IsTruthy(object? value) => value is not (null or false);

    public static bool IsHash(object? value) => value is IDictionary<string, object?>;

    public static bool IsArray(object? value) => value is IList;

    /// <summary>Ruby's to_s.</summary>
    public static string ToS(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        long or int or BigInteger => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d => RubyFloat.Format(d),
        float f => RubyFloat.Format(f),
        decimal m => RubyFloat.Format(RubyNumber.DecimalToDouble(m)),
        DateTimeOffset t => TimeToS(t),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        LiquidRange r => r.ToString(),
        ILiquidDrop drop => drop.RubyClassName,
        IDictionary<string, object?> or IList => Inspect(value),
        _ => value.ToString() ?? "",
    };

    /// <summary>What <c>{{ value }}</c> prints: arrays are joined without separator (nested ones flattened).</summary>
    public static string ToOutput(object? value) => value is IList list ? Join(list, "") : ToS(value);

    /// <summary>Ruby's Array#join: nested arrays are joined recursively, nil is empty.</summary>
    public static string Join(IList list, string glue)
    {
        var text = new StringBuilder();
        var first = true;
        AppendJoined(text, list, glue, ref first);
        return text.ToString();
    }

    /// <summary>Ruby's inspect (as <c>{{ hash }}</c> prints and the <c>inspect</c> filter shows).</summary>
    public static string Inspect(object? value)
    {
        var text = new StringBuilder();
        AppendInspect(text, value, 0);
        return text.ToString();
    }

    public static string ClassName(object? value) => value switch
    {
        null => "NilClass",
        string => "String",
        true => "TrueClass",
        false => "FalseClass",
        long or int or BigInteger => "Integer",
        double or float => "Float",
        decimal => "BigDecimal",
        DateTimeOffset => "Time",
        DateOnly => "Date",
        LiquidRange => "Range",
        IDictionary<string, object?> => "Hash",
        IList => "Array",
        ILiquidDrop drop => drop.RubyClassName,
        _ => value.GetType().Name,
    };

    /// <summary>Ruby's Time#to_s: "2024-03-05 14:07:09 +0100".</summary>
    public static string TimeToS(DateTimeOffset time) =>
        time.ToString("yyyy-MM-dd HH:mm:ss ", CultureInfo.InvariantCulture) + Offset(time.Offset, colon: false);

    public static string Offset(TimeSpan offset, bool colon)
    {
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return $"{sign}{abs.Hours:00}{(colon ? ":" : "")}{abs.Minutes:00}";
    }

    /// <summary>Ruby's ==.</summary>
    public static bool RubyEquals(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (RubyNumber.IsNumeric(a) && RubyNumber.IsNumeric(b))
        {
            return RubyNumber.Compare(a, b) == 0 && !(a is double da && double.IsNaN(da)) && !(b is double db && double.IsNaN(db));
        }

        return (a, b) switch
        {
            (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
            (bool x, bool y) => x == y,
            (DateTimeOffset x, DateTimeOffset y) => x.UtcTicks == y.UtcTicks,
            (DateOnly x, DateOnly y) => x == y,
            (LiquidRange x, LiquidRange y) => x == y,
            (IDictionary<string, object?> x, IDictionary<string, object?> y) => HashEquals(x, y),
            (IList x, IList y) when a is not string && b is not string => ArrayEquals(x, y),
            _ => ReferenceEquals(a, b) || a.Equals(b),
        };
    }

    /// <summary>Ruby's &lt;=&gt;: null when the two values cannot be ordered.</summary>
    public static int? Compare(object? a, object? b)
    {
        if (a is not null && b is not null && RubyNumber.IsNumeric(a) && RubyNumber.IsNumeric(b))
        {
            if ((a is double x && double.IsNaN(x)) || (b is double y && double.IsNaN(y)))
            {
                return null;
            }

            return Math.Sign(RubyNumber.Compare(a, b));
        }

        return (a, b) switch
        {
            (string x, string y) => RubyString.CompareOrdinal(x, y),
            (DateTimeOffset x, DateTimeOffset y) => x.UtcTicks.CompareTo(y.UtcTicks),
            (DateOnly x, DateOnly y) => x.CompareTo(y),
            (IList x, IList y) when a is not string && b is not string => CompareArrays(x, y),
            (null, null) => 0,
            (bool x, bool y) when x == y => 0,
            _ => null,
        };
    }

    /// <summary>The <c>size</c> Ruby objects answer: characters, items, keys, or the bytes of an Integer; null when they have none.</summary>
    public static long? Size(object? value) => value switch
    {
        string s => RubyString.Length(s),
        IDictionary<string, object?> hash => hash.Count,
        IList list => list.Count,
        LiquidRange range => range.Count,
        long or int or BigInteger => RubyNumber.IntegerSize(value),
        _ => null,
    };

    /// <summary>Ruby's <c>empty?</c>: null for values that do not answer it.</summary>
    public static bool? IsEmpty(object? value) => value switch
    {
        string s => s.Length == 0,
        IDictionary<string, object?> hash => hash.Count == 0,
        IList list => list.Count == 0,
        _ => null,
    };

    /// <summary>A hash's entries as Ruby yields them to <c>each</c>: [key, value] pairs.</summary>
    public static List<object?> Pairs(IDictionary<string, object?> hash) =>
        hash.Select(entry => (object?)new List<object?> { entry.Key, entry.Value }).ToList();

    private static void AppendJoined(StringBuilder text, IList list, string glue, ref bool first)
    {
        foreach (var item in list)
        {
            if (item is IList nested)
            {
                AppendJoined(text, nested, glue, ref first);
                continue;
            }

            if (!first)
            {
                text.Append(glue);
            }

            first = false;
            text.Append(ToS(item));
        }
    }

    private static void AppendInspect(StringBuilder text, object? value, int depth)
    {
        if (depth > 100)
        {
            text.Append("...");
            return;
        }

        switch (value)
        {
            case null:
                text.Append("nil");
                break;
            case string s:
                AppendInspectString(text, s);
                break;
            case DateTimeOffset t:
                text.Append(t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                var fraction = t.Ticks % TimeSpan.TicksPerSecond;
                if (fraction != 0)
                {
                    text.Append('.').Append((fraction * 100).ToString("000000000", CultureInfo.InvariantCulture).TrimEnd('0'));
                }

                text.Append(' ').Append(Offset(t.Offset, colon: false));
                break;
            case DateOnly d:
                var jd = d.DayNumber + 1721426;
                text.Append(CultureInfo.InvariantCulture, $"#<Date: {d:yyyy-MM-dd} (({jd}j,0s,0n),+0s,2299161j)>");
                break;
            case IDictionary<string, object?> hash:
                text.Append('{');
                var firstEntry = true;
                foreach (var (key, item) in hash)
                {
                    if (!firstEntry)
                    {
                        text.Append(", ");
                    }

                    firstEntry = false;
                    AppendInspectString(text, key);
                    text.Append("=>");
                    AppendInspect(text, item, depth + 1);
                }

                text.Append('}');
                break;
            case IList list:
                text.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(", ");
                    }

                    AppendInspect(text, list[i], depth + 1);
                }

                text.Append(']');
                break;
            case ILiquidDrop drop:
                text.Append("#<").Append(drop.RubyClassName).Append('>');
                break;
            default:
                text.Append(ToS(value));
                break;
        }
    }

    /// <summary>Ruby's String#inspect for UTF-8 strings: quotes, backslash escapes, printable Unicode kept.</summary>
    private static void AppendInspectString(StringBuilder text, string value)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\t': text.Append("\\t"); break;
                case '\r': text.Append("\\r"); break;
                case '\f': text.Append("\\f"); break;
                case '\v': text.Append("\\v"); break;
                case '\b': text.Append("\\b"); break;
                case '\a': text.Append("\\a"); break;
                case '\u001b': text.Append("\\e"); break;
                case '#' when i + 1 < value.Length && value[i + 1] is '{' or '$' or '@':
                    text.Append("\\#");
                    break;
                default:
                    if (c < 0x20)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else if (c == 0x7f)
                    {
                        text.Append("\\x7F");
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }

    private static bool HashEquals(IDictionary<string, object?> a, IDictionary<string, object?> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || !RubyEquals(value, other))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ArrayEquals(IList a, IList b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!RubyEquals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int? CompareArrays(IList a, IList b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var order = Compare(a[i], b[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return a.Count.CompareTo(b.Count);
    }
}
