using System.Globalization;
using Ikim.Publisher.Benchmarks.Generation;

namespace Ikim.Publisher.Benchmarks;

/// <summary>The command line's <c>--name value</c> pairs.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public Options(IEnumerable<string> args)
    {
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                _values[name] = "";
            }
            else if (name is not null)
            {
                _values[name] = arg;
                name = null;
            }
            else
            {
                throw new ArgumentException($"unexpected argument '{arg}'");
            }
        }
    }

    public string? Get(string name) => _values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public string Require(string name) => Get(name) ?? throw new ArgumentException($"--{name} is required");

    public int Int(string name, int fallback) => Get(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public IReadOnlyList<int> Ints(string name, int fallback) =>
        Get(name)?.Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList() ?? [fallback];

    public NewsStyle News => Get("news") is { } style ? Enum.Parse<NewsStyle>(style, ignoreCase: true) : NewsStyle.Posts;

    public bool Has(string name) => _values.ContainsKey(name);
}
