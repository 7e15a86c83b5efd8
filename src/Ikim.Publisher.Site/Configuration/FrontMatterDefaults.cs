using System.Collections.Concurrent;
using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Configuration;

/// <summary>
/// Jekyll's FrontmatterDefaults: the <c>defaults:</c> sets whose scope (a path, possibly a glob, and a
/// type such as <c>pages</c>, <c>posts</c> or a collection label) matches an item, deep-merged so that
/// a longer scope path wins, and at equal length a scope with a type wins.
/// </summary>
public sealed class FrontMatterDefaults
{
    private readonly List<(IReadOnlyDictionary<string, object?> Scope, IReadOnlyDictionary<string, object?> Values)> _sets = [];
    private readonly string _collectionsDir;
    private readonly Func<string, IReadOnlyList<string>> _glob;
    private readonly ConcurrentDictionary<(string Path, string? Type), IReadOnlyDictionary<string, object?>> _cache = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _globCache = new(StringComparer.Ordinal);

    /// <param name="glob">Expands a glob scope to the source paths (files and folders) it matches, as Dir.glob does.</param>
    public FrontMatterDefaults(SiteConfiguration configuration, Func<string, IReadOnlyList<string>> glob)
    {
        _collectionsDir = configuration.CollectionsDir;
        _glob = glob;
        if (configuration.Values.GetValueOrDefault("defaults") is not IEnumerable<object?> sets)
        {
            return;
        }

        foreach (var set in sets)
        {
            if (set is IReadOnlyDictionary<string, object?> map && map.GetValueOrDefault("values") is IReadOnlyDictionary<string, object?> values)
            {
                var scope = map.GetValueOrDefault("scope") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
                _sets.Add((WithCurrentTypeNames(scope), values));
            }
        }
    }

    public static FrontMatterDefaults None { get; } = new(new SiteConfiguration(new Dictionary<string, object?>()), _ => []);

    /// <summary>All default values for an item: <paramref name="path"/> relative to the source (documents: to collections_dir).</summary>
    /// <param name="type">"pages", a collection label ("posts" for posts and drafts), or null for plain static files.</param>
    public IReadOnlyDictionary<string, object?> All(string path, string? type) => _cache.GetOrAdd((path, type), key => Compute(key.Path, key.Type));

    private Dictionary<string, object?> Compute(string path, string? type)
    {
        var defaults = new Dictionary<string, object?>(StringComparer.Ordinal);
        IReadOnlyDictionary<string, object?>? oldScope = null;
        foreach (var (scope, values) in _sets)
        {
            if (!AppliesType(scope, type) || !AppliesPath(scope, path))
            {
                continue;
            }

            if (HasPrecedence(oldScope, scope))
            {
                defaults = DataMerge.Merge(defaults, values);
                oldScope = scope;
            }
            else
            {
                defaults = DataMerge.Merge(values, defaults);
            }
        }

        return defaults;
    }

    private static bool AppliesType(IReadOnlyDictionary<string, object?> scope, string? type) =>
        !scope.TryGetValue("type", out var wanted) || (type is not null && type == Convert.ToString(wanted, System.Globalization.CultureInfo.InvariantCulture));

    private bool AppliesPath(IReadOnlyDictionary<string, object?> scope, string path)
    {
        if (scope.GetValueOrDefault("path") is not string scopePath || scopePath.Length == 0)
        {
            return true;
        }

        var sanitized = SanitizePath(path);
        if (!scopePath.Contains('*'))
        {
            // Jekyll compares by string prefix, so "docs/how" also matches "docs/howto/x.md".
            return sanitized.StartsWith(StripCollectionsDir(scopePath), StringComparison.Ordinal);
        }

        foreach (var match in _globCache.GetOrAdd(scopePath, _glob))
        {
            if (sanitized.StartsWith(StripCollectionsDir(match), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPrecedence(IReadOnlyDictionary<string, object?>? oldScope, IReadOnlyDictionary<string, object?> newScope)
    {
        if (oldScope is null)
        {
            return true;
        }

        var newPath = SanitizePath(newScope.GetValueOrDefault("path") as string);
        var oldPath = SanitizePath(oldScope.GetValueOrDefault("path") as string);
        if (newPath.Length != oldPath.Length)
        {
            return newPath.Length >= oldPath.Length;
        }

        return newScope.ContainsKey("type") || !oldScope.ContainsKey("type");
    }

    private string StripCollectionsDir(string path) =>
        _collectionsDir.Length > 0 && path.StartsWith(_collectionsDir + "/", StringComparison.Ordinal) ? path[(_collectionsDir.Length + 1)..] : path;

    private static string SanitizePath(string? path) => string.IsNullOrEmpty(path) ? "" : path.StartsWith('/') ? path[1..] : path;

    // Jekyll 3's singular type names still work, with a deprecation warning in Jekyll.
    private static IReadOnlyDictionary<string, object?> WithCurrentTypeNames(IReadOnlyDictionary<string, object?> scope)
    {
        if (scope.GetValueOrDefault("type") is not ("page" or "post" or "draft"))
        {
            return scope;
        }

        var copy = new Dictionary<string, object?>(scope, StringComparer.Ordinal);
        copy["type"] = (string)scope["type"]! + "s";
        return copy;
    }
}
