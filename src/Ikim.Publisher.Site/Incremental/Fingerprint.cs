using System.Buffers;
using System.Collections;
using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// A 128-bit digest of values, written in a canonical form: the same values give the same fingerprint
/// in any process, different values (or the same values in another shape) a different one. Used for
/// everything an incremental build compares: sources, templates, data, listings, rendered text.
/// The canonical form is written into a pooled buffer and hashed once by <see cref="Finish"/> (a
/// build makes tens of thousands of fingerprints: one hasher object each was most of what an
/// incremental build allocated); a fingerprint is finished once.
/// </summary>
internal sealed class Fingerprint
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(256);
    private int _length;

    public static string Of(string text) => new Fingerprint().Add(text).Finish();

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes));

    public Fingerprint Add(string? text)
    {
        if (text is null)
        {
            return Tag('n');
        }

        Tag('s');
        AddLength(text.Length);
        _length += Encoding.UTF8.GetBytes(text, Reserve(Encoding.UTF8.GetMaxByteCount(text.Length)));
        return this;
    }

    /// <summary>
    /// A value as templates see it: scalars with their type, hashes key by key in their order, lists
    /// item by item. Cycles are not followed (values reached again are written as a marker), so a
    /// drop graph with <c>next</c>/<c>previous</c> links cannot loop.
    /// </summary>
    public Fingerprint AddValue(object? value) => AddValue(value, new HashSet<object>(ReferenceEqualityComparer.Instance));

    public string Finish()
    {
        var digest = Convert.ToHexStringLower(XxHash128.Hash(_buffer.AsSpan(0, _length)));
        ArrayPool<byte>.Shared.Return(_buffer);
        (_buffer, _length) = ([], 0);
        return digest;
    }

    private Fingerprint AddValue(object? value, HashSet<object> seen)
    {
        switch (value)
        {
            case null:
                return Tag('n');
            case string text:
                return Add(text);
            case bool flag:
                return Tag(flag ? 't' : 'f');
            case DateTimeOffset time:
                return Tag('d').Add(time.ToString("O", CultureInfo.InvariantCulture));
            case DateTime time:
                return Tag('D').Add(time.ToString("O", CultureInfo.InvariantCulture)).Add(time.Kind.ToString());
            case IFormattable number when value.GetType().IsPrimitive || value is decimal:
                return Tag('#').Add(value.GetType().Name).Add(number.ToString(null, CultureInfo.InvariantCulture));
            case IDictionary<string, object?> hash:
                if (!seen.Add(hash))
                {
                    return Tag('c');
                }

                Tag('{').AddLength(hash.Count);
                foreach (var (key, item) in hash)
                {
                    Add(key).AddValue(item, seen);
                }

                seen.Remove(hash);
                return Tag('}');
            case IList list:
                if (!seen.Add(list))
                {
                    return Tag('c');
                }

                Tag('[').AddLength(list.Count);
                foreach (var item in list)
                {
                    AddValue(item, seen);
                }

                seen.Remove(list);
                return Tag(']');
            default:
                return Tag('?').Add(value.GetType().FullName).Add(Convert.ToString(value, CultureInfo.InvariantCulture));
        }
    }

    private Fingerprint Tag(char tag)
    {
        Reserve(1)[0] = (byte)tag;
        _length++;
        return this;
    }

    private Fingerprint AddLength(int length)
    {
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), length);
        _length += 4;
        return this;
    }

    /// <summary>Room for <paramref name="count"/> more bytes at the end of the buffer (not yet counted).</summary>
    private Span<byte> Reserve(int count)
    {
        if (_length + count > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            if (_buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
            }

            _buffer = larger;
        }

        return _buffer.AsSpan(_length, count);
    }
}
