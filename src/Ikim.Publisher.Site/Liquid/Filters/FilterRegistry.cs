using System.Collections.Frozen;
using Ikim.Publisher.Site.Liquid.Runtime;

namespace Ikim.Publisher.Site.Liquid.Filters;

/// <summary>A filter's implementation: the value before the pipe, and the evaluated arguments (named ones last, as a hash).</summary>
internal delegate object? FilterFunction(RenderContext context, object? input, object?[] arguments);

/// <summary>A filter and how many arguments its Ruby method takes (not counting the input).</summary>
internal sealed record FilterDefinition(string Name, int MinArguments, int MaxArguments, FilterFunction Function)
{
    public const int Unlimited = int.MaxValue;

    /// <summary>Ruby's ArgumentError, counting the input as Ruby does: "wrong number of arguments (given 1, expected 2..3)".</summary>
    public void CheckArity(int given)
    {
        if (given >= MinArguments && given <= MaxArguments)
        {
            return;
        }

        var expected = MaxArguments == Unlimited ? $"{MinArguments + 1}+"
            : MinArguments == MaxArguments ? $"{MinArguments + 1}"
            : $"{MinArguments + 1}..{MaxArguments + 1}";
        throw new LiquidException($"wrong number of arguments (given {given + 1}, expected {expected})");
    }
}

/// <summary>
/// Every filter by name, built once and shared read-only by all renders. Each area registers
/// its own filters; Jekyll's are registered after Liquid's, so where both define a name
/// (<c>where</c>, <c>sort</c>) Jekyll's wins, as it does in Ruby.
/// </summary>
internal sealed class FilterRegistry
{
    private readonly FrozenDictionary<string, FilterDefinition> _filters;

    private FilterRegistry(Dictionary<string, FilterDefinition> filters)
    {
        _filters = filters.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static FilterRegistry Standard { get; } = Build();

    public bool TryGet(string name, out FilterDefinition filter) => _filters.TryGetValue(name, out filter!);

    private static FilterRegistry Build()
    {
        var filters = new Builder();
        StringFilters.Register(filters);
        HtmlFilters.Register(filters);
        ArrayFilters.Register(filters);
        MathFilters.Register(filters);
        DateFilter.Register(filters);
        JekyllUrlFilters.Register(filters);
        JekyllDateFilters.Register(filters);
        JekyllArrayFilters.Register(filters);
        GroupingFilters.Register(filters);
        JekyllTextFilters.Register(filters);
        ConverterFilters.Register(filters);
        return new FilterRegistry(filters.Filters);
    }

    internal sealed class Builder
    {
        public Dictionary<string, FilterDefinition> Filters { get; } = new(StringComparer.Ordinal);

        public void Add(string name, int minArguments, int maxArguments, FilterFunction function) =>
            Filters[name] = new FilterDefinition(name, minArguments, maxArguments, function);
    }
}
