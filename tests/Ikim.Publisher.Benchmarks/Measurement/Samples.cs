namespace Ikim.Publisher.Benchmarks.Measurement;

/// <summary>Repeated measurements of one quantity, summarised by their median (robust to a noisy neighbour).</summary>
public sealed class Samples(IEnumerable<double> values)
{
    private readonly double[] _sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();

    public int Count => _sorted.Length;

    public double Median => _sorted.Length == 0 ? double.NaN
        : _sorted.Length % 2 == 1 ? _sorted[_sorted.Length / 2]
        : (_sorted[(_sorted.Length / 2) - 1] + _sorted[_sorted.Length / 2]) / 2;

    public double Min => _sorted.Length == 0 ? double.NaN : _sorted[0];

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];
}
