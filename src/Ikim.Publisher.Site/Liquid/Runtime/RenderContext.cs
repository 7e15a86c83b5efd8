using System.Diagnostics;
using System.Text;
using Ikim.Publisher.Site.Diagnostics;
using Ikim.Publisher.Site.Liquid.Filters;

namespace Ikim.Publisher.Site.Liquid.Runtime;

/// <summary>
/// Liquid::Context for one render: the variable scopes (innermost first; <c>assign</c> writes to the
/// outermost), the environment (Jekyll's payload: <c>site</c>, <c>page</c>…, where increment counters
/// live), the registers that tags keep state in, pending break/continue, and the render limits.
/// </summary>
internal sealed class RenderContext
{
    /// <summary>Scopes deeper than this (nested loops and includes) are an error, as in Liquid.</summary>
    public const int MaxScopeDepth = 100;

    private readonly List<Dictionary<string, object?>> _scopes = [new(StringComparer.Ordinal)];
    private readonly Stack<Interrupt> _interrupts = new();
    private readonly long _deadline;
    private readonly CancellationToken _cancellationToken;

    public RenderContext(LiquidSite site, IDictionary<string, object?> environment, CancellationToken cancellationToken)
    {
        Site = site;
        Environment = environment;
        StrictVariables = site.Options.StrictVariables;
        StrictFilters = site.Options.StrictFilters;
        _cancellationToken = cancellationToken;
        _deadline = Stopwatch.GetTimestamp() + (long)(site.Options.RenderTimeout.TotalSeconds * Stopwatch.Frequency);
    }

    public LiquidSite Site { get; }

    /// <summary>Where the render's reads of files and site-wide indexes are recorded (incremental builds); null when nobody asks.</summary>
    public Incremental.DependencyRecorder? Reads { get; init; }

    /// <summary>Liquid's <c>environments.first</c>: the top-level variables, shared by a page and its layouts.</summary>
    public IDictionary<string, object?> Environment { get; }

    public bool StrictVariables { get; }

    public bool StrictFilters { get; }

    /// <summary>State tags keep between uses in one render (<c>for</c> offsets, <c>cycle</c> positions…).</summary>
    public Dictionary<string, object> Registers { get; } = new(StringComparer.Ordinal);

    /// <summary>The include tags being rendered, innermost last (for error messages and the include depth).</summary>
    public List<SourcePosition> IncludeStack { get; } = [];

    public bool HasInterrupt => _interrupts.Count > 0;

    /// <summary>Liquid's render score: the number of nodes rendered so far.</summary>
    public long RenderScore { get; private set; }

    public T Register<T>(string name)
        where T : class, new()
    {
        if (!Registers.TryGetValue(name, out var value))
        {
            value = new T();
            Registers[name] = value;
        }

        return (T)value;
    }

    /// <summary>Context#find_variable: the innermost scope that has the key, else the environment.</summary>
    public object? FindVariable(object? key)
    {
        var name = key as string ?? Values.RubyValue.ToS(key);
        foreach (var scope in _scopes)
        {
            if (scope.TryGetValue(name, out var value))
            {
                return value;
            }
        }

        if (Environment.TryGetValue(name, out var found))
        {
            return found;
        }

        return StrictVariables ? throw new LiquidException($"undefined variable {name}") : null;
    }

    /// <summary>A variable as tags look one up for themselves (never an error, whatever strict_variables says).</summary>
    public object? FindVariableOrNull(string name)
    {
        foreach (var scope in _scopes)
        {
            if (scope.TryGetValue(name, out var value))
            {
                return value;
            }
        }

        return Environment.TryGetValue(name, out var found) ? found : null;
    }

    /// <summary><c>context[key] = value</c>: sets in the innermost scope (loop variables, <c>include</c>).</summary>
    public void SetLocal(string key, object? value) => _scopes[0][key] = value;

    /// <summary><c>context.scopes.last[key] = value</c>: what assign and capture do, so values outlive blocks and includes.</summary>
    public void SetOuter(string key, object? value) => _scopes[^1][key] = value;

    public void Push()
    {
        if (_scopes.Count >= MaxScopeDepth)
        {
            throw new LiquidException("Nesting too deep");
        }

        _scopes.Insert(0, new Dictionary<string, object?>(StringComparer.Ordinal));
    }

    public void Pop() => _scopes.RemoveAt(0);

    public void PushInterrupt(Interrupt interrupt) => _interrupts.Push(interrupt);

    public Interrupt PopInterrupt() => _interrupts.Pop();

    public object? InvokeFilter(string name, object? input, object?[] arguments)
    {
        if (!Site.Filters.TryGet(name, out var filter))
        {
            return StrictFilters ? throw new LiquidException($"undefined filter {name}") : input;
        }

        filter.CheckArity(arguments.Length);
        return filter.Function(this, input, arguments);
    }

    /// <summary>Called for every block rendered: stops a render that runs past its time limit or is cancelled.</summary>
    public void CountRender(int nodes)
    {
        RenderScore += nodes;
        CheckTime();
    }

    public void CheckLimits(StringBuilder output)
    {
        if (output.Length > Site.Options.MaxOutputLength)
        {
            throw new LiquidException($"output is larger than {Site.Options.MaxOutputLength} characters");
        }
    }

    /// <summary>Called on every loop iteration: a loop that runs too long ends the render with an error.</summary>
    public void CheckTime()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw new LiquidException($"rendering took longer than {Site.Options.RenderTimeout.TotalSeconds:0.#} s");
        }
    }
}

/// <summary>A pending <c>{% break %}</c> or <c>{% continue %}</c>.</summary>
internal enum Interrupt
{
    Break,
    Continue,
}
