namespace Ikim.Publisher.Site.Reading;

/// <summary>Ruby's &lt;=&gt; on front matter values: null when the two cannot be compared.</summary>
internal static class RubyCompare
{
    public static int? Compare(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (long x, long y) => x.CompareTo(y),
        (long x, double y) => ((double)x).CompareTo(y),
        (double x, long y) => x.CompareTo(y),
        (double x, double y) => x.CompareTo(y),
        (string x, string y) => Math.Sign(string.CompareOrdinal(x, y)),
        (DateTimeOffset x, DateTimeOffset y) => x.CompareTo(y),
        (DateOnly x, DateOnly y) => x.CompareTo(y),
        (bool x, bool y) when x == y => 0,
        (List<object?> x, List<object?> y) => CompareLists(x, y),
        _ => null,
    };

    private static int? CompareLists(List<object?> x, List<object?> y)
    {
        for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
        {
            var order = Compare(x[i], y[i]);
            if (order is not 0)
            {
                return order;
            }
        }

        return x.Count.CompareTo(y.Count);
    }
}
