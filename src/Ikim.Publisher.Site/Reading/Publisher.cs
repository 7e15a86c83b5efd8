using Ikim.Publisher.Site.Configuration;

namespace Ikim.Publisher.Site.Reading;

/// <summary>Jekyll's Publisher: whether an item is published (<c>published:</c>, <c>unpublished</c>) and not in the future.</summary>
internal sealed class Publisher(SiteConfiguration configuration, DateTimeOffset now)
{
    public bool CanBePublished(IReadOnlyDictionary<string, object?> data) =>
        !(data.TryGetValue("published", out var published) && published is false) || configuration.Unpublished;

    // Jekyll compares whole seconds (Time#to_i).
    public bool IsInTheFuture(DateTimeOffset date) => !configuration.Future && date.ToUnixTimeSeconds() > now.ToUnixTimeSeconds();

    public bool Publish(IReadOnlyDictionary<string, object?> data, DateTimeOffset? date) =>
        CanBePublished(data) && !(date is { } value && IsInTheFuture(value));
}
