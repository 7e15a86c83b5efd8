using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Liquid.Highlighting;

/// <summary>One lexer state: rules tried in order, and mixins (another state's rules, inline).</summary>
internal sealed class LexerState<TLexer>(string name)
    where TLexer : RegexLexer<TLexer>
{
    public string Name { get; } = name;

    /// <summary>Each entry is a <see cref="LexerRule{TLexer}"/> or the name of a mixed-in state.</summary>
    public List<object> Rules { get; } = [];
}

/// <summary>A rule: a regex tried at the scan position, and what to do with a match.</summary>
internal sealed record LexerRule<TLexer>(Regex Pattern, Action<TLexer, Match> Callback)
    where TLexer : RegexLexer<TLexer>;

/// <summary>
/// Builds a lexer's states the way Rouge's <c>state :name do rule ... end</c> DSL does. The
/// patterns are Rouge's own Ruby regexes (see <see cref="RubyRegex"/>). Built once per lexer type.
/// </summary>
internal sealed class LexerStates<TLexer>
    where TLexer : RegexLexer<TLexer>
{
    private readonly Dictionary<string, LexerState<TLexer>> _states = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LexerState<TLexer>> _dynamic = new(StringComparer.Ordinal);

    public LexerState<TLexer> Get(string name) =>
        _states.TryGetValue(name, out var state) ? state : throw new InvalidOperationException($"unknown lexer state '{name}'");

    /// <summary>A state made while lexing (Rouge's <c>push do … end</c>), built once per key.</summary>
    public LexerState<TLexer> Dynamic(string key, Action<StateBuilder> build) => _dynamic.GetOrAdd(key, _ =>
    {
        var state = new LexerState<TLexer>(key);
        build(new StateBuilder(state));
        return state;
    });

    public LexerStates<TLexer> State(string name, Action<StateBuilder> build)
    {
        var state = new LexerState<TLexer>(name);
        build(new StateBuilder(state));
        _states[name] = state;
        return this;
    }

    internal sealed class StateBuilder(LexerState<TLexer> state)
    {
        /// <summary><c>rule re, token</c>, optionally with <c>:pop!</c>, <c>:push</c> or a state to push.</summary>
        public StateBuilder Rule(string pattern, RougeToken token, string? next = null, string options = "") =>
            Rule(pattern, options, (lexer, match) =>
            {
                lexer.Token(token);
                switch (next)
                {
                    case null:
                        break;
                    case "#pop":
                        lexer.Pop();
                        break;
                    case "#push":
                        lexer.PushCurrent();
                        break;
                    default:
                        lexer.Push(next);
                        break;
                }
            });

        /// <summary><c>rule re do … end</c></summary>
        public StateBuilder Rule(string pattern, Action<TLexer, Match> callback) => Rule(pattern, "", callback);

        public StateBuilder Rule(string pattern, string options, Action<TLexer, Match> callback)
        {
            state.Rules.Add(new LexerRule<TLexer>(RubyRegex.Compile(pattern, options), callback));
            return this;
        }

        public StateBuilder Mixin(string name)
        {
            state.Rules.Add(name);
            return this;
        }
    }
}
