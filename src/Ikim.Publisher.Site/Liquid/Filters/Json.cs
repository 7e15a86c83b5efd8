using System.Collections;
using System.Globalization;
using System.Text;
using Ikim.Publisher.Site.Liquid.Runtime;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>
/// Ruby's <c>to_json</c> as <c>jsonify</c> uses it: compact, non-ASCII kept as is, floats printed
/// the Ruby way, times and dates as their <c>to_s</c> in quotes.
/// </summary>
internal static class Json
{
    public static string Write(object? value)
    {
        var output = new StringBuilder();
        Append(output, value, 0);
        return output.ToString();
    }

    private static void Append(StringBuilder output, object? value, int depth)
    {
        if (depth > 100)
        {
            throw new LiquidException("nesting of 101 is too deep");
        }

        switch (value)
        {
            case null:
                output.Append("null");
                break;
            case bool flag:
                output.Append(flag ? "true" : "false");
                break;
            case long or int or System.Numerics.BigInteger:
                output.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case double number when !double.IsFinite(number):
                throw new LiquidException($"{RubyFloat.Format(number)} not allowed in JSON");
            case double number:
                output.Append(RubyFloat.Format(number));
                break;
            case IDictionary<string, object?> hash:
                output.Append('{');
                var first = true;
                foreach (var (key, item) in hash)
                {
                    if (!first)
                    {
                        output.Append(',');
                    }

                    first = false;
                    AppendString(output, key);
                    output.Append(':');
                    Append(output, item, depth + 1);
                }

                output.Append('}');
                break;
            case IList list:
                output.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        output.Append(',');
                    }

                    Append(output, list[i], depth + 1);
                }

                output.Append(']');
                break;
            default:
                AppendString(output, RubyValue.ToS(value));
                break;
        }
    }

    private static void AppendString(StringBuilder output, string text)
    {
        output.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                case '\b': output.Append("\\b"); break;
                case '\f': output.Append("\\f"); break;
                default:
                    if (c < 0x20)
                    {
                        output.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        output.Append('"');
    }
}
