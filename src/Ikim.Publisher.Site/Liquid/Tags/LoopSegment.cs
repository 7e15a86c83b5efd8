using System.Collections;
using Ikim.Publisher.Site.Liquid.Values;

namespace Ikim.Publisher.Site.Liquid.Tags;

/// <summary>
/// Liquid::Utils.slice_collection: the items <c>for</c> and <c>tablerow</c> walk, from index
/// <c>from</c> up to (not including) <c>to</c>. A string is one item, a hash yields [key, value]
/// pairs, anything else that cannot be iterated yields nothing. Ranges are sliced arithmetically,
/// so a huge range costs nothing until iterated.
/// </summary>
internal static class LoopSegment
{
    public static IReadOnlyList<object?> Slice(object? collection, long from, long? to)
    {
        switch (collection)
        {
            case string text:
                return text.Length == 0 ? [] : [text];
            case LiquidRange range:
                var start = Math.Max(from, 0);
                var end = to is { } limit ? Math.Min(limit, range.Count) : range.Count;
                return end <= start ? [] : new RangeItems(range.Start + start, end - start);
            case IDictionary<string, object?> hash:
                return SliceList(RubyValue.Pairs(hash), from, to);
            case IList list:
                return SliceList(list, from, to);
            default:
                return [];
        }
    }

    public static IReadOnlyList<object?> Reverse(IReadOnlyList<object?> items) =>
        items is RangeItems range ? range.Reversed() : items.Reverse().ToList();

    private static List<object?> SliceList(IList list, long from, long? to)
    {
        var start = (int)Math.Clamp(from, 0, list.Count);
        var end = (int)Math.Clamp(to ?? list.Count, 0, list.Count);
        var items = new List<object?>(Math.Max(0, end - start));
        for (var i = start; i < end; i++)
        {
            items.Add(list[i]);
        }

        return items;
    }

    private sealed class RangeItems(long first, long count, bool reversed = false) : IReadOnlyList<object?>
    {
        public int Count => (int)Math.Min(count, int.MaxValue);

        public object? this[int index] => reversed ? first + count - 1 - index : first + index;

        public RangeItems Reversed() => new(first, count, !reversed);

        public IEnumerator<object?> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
