namespace Ikim.Publisher.Site.Content;

/// <summary>
/// A value derived once from an item that is never changed after reading, shared with the copies of it
/// that later builds make (<see cref="Document"/>): ten thousand unchanged documents are not worked out
/// again on every commit. Set without a lock: every writer writes an equal value.
/// </summary>
internal sealed class Memo<T>
    where T : class
{
    public T? Value { get; set; }
}
