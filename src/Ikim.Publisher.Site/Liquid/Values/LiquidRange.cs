using Ikim.Publisher.Site.Liquid.Runtime;

namespace Ikim.Publisher.Site.Liquid.Values;

/// <summary>
/// Ruby's integer Range <c>(1..5)</c>, inclusive at both ends. It prints as "1..5" and is
/// iterated lazily, so <c>(1..1000000000)</c> costs nothing until a loop walks it (and the
/// render limits stop that loop).
/// </summary>
internal sealed record LiquidRange(long Start, long End)
{
    /// <summary>Ranges larger than this are refused where a filter would have to build them as an array.</summary>
    public const long MaxMaterialized = 1_000_000;

    public long Count => End < Start ? 0 : End - Start + 1;

    public IEnumerable<object?> Items()
    {
        for (var value = Start; value <= End; value++)
        {
            yield return value;
            if (value == long.MaxValue)
            {
                yield break;
            }
        }
    }

    public List<object?> ToList()
    {
        if (Count > MaxMaterialized)
        {
            throw new LiquidException($"range {this} is too large to use as an array");
        }

        return Items().ToList();
    }

    public override string ToString() => $"{Start}..{End}";
}
