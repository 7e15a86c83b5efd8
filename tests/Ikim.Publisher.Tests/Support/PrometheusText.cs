using System.Globalization;
using System.Text;

namespace Ikim.Publisher.Tests.Support;

/// <summary>
/// A strict parser for the Prometheus text exposition format 0.0.4: <c># HELP</c>, <c># TYPE</c>,
/// and samples <c>name{label="value",...} value [timestamp]</c> with the format's escapes. It
/// throws on anything a Prometheus server would reject, so a test that parses /metrics proves the output is scrapable.
/// </summary>
public sealed class PrometheusText
{
    private static readonly string[] SampleSuffixes = ["_bucket", "_sum", "_count", "_total", "_created"];

    public Dictionary<string, string> Types { get; } = new(StringComparer.Ordinal);

    public List<Sample> Samples { get; } = [];

    public static PrometheusText Parse(string text)
    {
        var parsed = new PrometheusText();
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                parsed.ParseLine(line);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or IndexOutOfRangeException)
            {
                throw new FormatException($"line {lineNumber}: {ex.Message}: {line}", ex);
            }
        }

        return parsed;
    }

    /// <summary>The one sample with this name and these labels (others may exist); throws when absent.</summary>
    public double Value(string name, params (string Label, string Value)[] labels) =>
        Samples.Single(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Label, out var v) && v == l.Value)).Value;

    public IEnumerable<Sample> Family(string name) => Samples.Where(s => s.Name == name);

    private void ParseLine(string line)
    {
        if (line.StartsWith('#'))
        {
            var parts = line.Split(' ', 4);
            if (parts.Length >= 3 && parts[1] == "TYPE")
            {
                var type = parts.Length == 4 ? parts[3] : throw new FormatException("TYPE without a type");
                if (type is not ("counter" or "gauge" or "histogram" or "summary" or "untyped"))
                {
                    throw new FormatException($"unknown type '{type}'");
                }

                if (!Types.TryAdd(parts[2], type))
                {
                    throw new FormatException($"second TYPE for {parts[2]}");
                }
            }

            return;
        }

        var position = 0;
        var name = ReadName(line, ref position);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (position < line.Length && line[position] == '{')
        {
            position++;
            while (line[position] != '}')
            {
                var label = ReadName(line, ref position);
                Expect(line, ref position, '=');
                Expect(line, ref position, '"');
                if (!labels.TryAdd(label, ReadQuoted(line, ref position)))
                {
                    throw new FormatException($"label {label} twice");
                }

                if (line[position] == ',')
                {
                    position++;
                }
            }

            position++;
        }

        Expect(line, ref position, ' ');
        var fields = line[position..].Split(' ');
        if (fields.Length is < 1 or > 2)
        {
            throw new FormatException("expected a value and at most a timestamp");
        }

        var family = Family(name, labels);
        if (family is null)
        {
            throw new FormatException($"sample {name} has no TYPE line before it");
        }

        Samples.Add(new Sample(name, family, labels, ParseValue(fields[0])));
    }

    private string? Family(string name, IReadOnlyDictionary<string, string> labels)
    {
        if (Types.ContainsKey(name))
        {
            return name;
        }

        foreach (var suffix in SampleSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && Types.TryGetValue(name[..^suffix.Length], out var type))
            {
                if (suffix == "_bucket" && (type != "histogram" || !labels.ContainsKey("le")))
                {
                    throw new FormatException($"{name} is a bucket without a histogram type or an le label");
                }

                return name[..^suffix.Length];
            }
        }

        return null;
    }

    private static double ParseValue(string text) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static string ReadName(string line, ref int position)
    {
        var start = position;
        while (position < line.Length && (char.IsAsciiLetterOrDigit(line[position]) || line[position] is '_' or ':'))
        {
            position++;
        }

        if (position == start || char.IsAsciiDigit(line[start]))
        {
            throw new FormatException($"expected a metric or label name at column {start + 1}");
        }

        return line[start..position];
    }

    private static void Expect(string line, ref int position, char expected)
    {
        if (position >= line.Length || line[position] != expected)
        {
            throw new FormatException($"expected '{expected}' at column {position + 1}");
        }

        position++;
    }

    private static string ReadQuoted(string line, ref int position)
    {
        var value = new StringBuilder();
        while (line[position] != '"')
        {
            if (line[position] == '\\')
            {
                position++;
                value.Append(line[position] switch
                {
                    '\\' => '\\',
                    '"' => '"',
                    'n' => '\n',
                    var other => throw new FormatException($"unknown escape \\{other}"),
                });
            }
            else
            {
                value.Append(line[position]);
            }

            position++;
        }

        position++;
        return value.ToString();
    }

    public sealed record Sample(string Name, string Family, IReadOnlyDictionary<string, string> Labels, double Value);
}
