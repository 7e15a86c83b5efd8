using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Liquid.Highlighting;

/// <summary>Something that turns source text into Rouge tokens.</summary>
internal interface IRougeLexer
{
    /// <summary>Starts afresh and lexes <paramref name="text"/>.</summary>
    void Lex(string text, Action<RougeToken, string> emit);

    /// <summary>Lexes more text, continuing from the state the last call left (how HTML hands &lt;style&gt; to CSS).</summary>
    void ContinueLex(string text, Action<RougeToken, string> emit);
}

/// <summary>
/// Rouge's RegexLexer: a stack of states; at each position the current state's rules are tried
/// in order and the first match emits tokens and may push or pop states. Consecutive tokens of
/// the same type are merged, so the HTML gets one span per run, as Rouge writes it.
/// </summary>
internal abstract class RegexLexer<TSelf> : IRougeLexer
    where TSelf : RegexLexer<TSelf>
{
    private const int MaxNullSteps = 5;

    private readonly List<LexerState<TSelf>> _stack = [];
    private Action<RougeToken, string>? _output;
    private string _text = "";
    private int _position;
    private int _nullSteps;

    /// <summary>The match of the rule being run.</summary>
    protected Match Current { get; private set; } = Match.Empty;

    protected abstract LexerStates<TSelf> States { get; }

    public void Lex(string text, Action<RougeToken, string> emit)
    {
        Reset();
        ContinueLex(text, emit);
    }

    public void ContinueLex(string text, Action<RougeToken, string> emit)
    {
        RougeToken? lastToken = null;
        var lastValue = new System.Text.StringBuilder();
        StreamTokens(text, (token, value) =>
        {
            if (value.Length == 0)
            {
                return;
            }

            if (token == lastToken)
            {
                lastValue.Append(value);
                return;
            }

            if (lastToken is not null)
            {
                emit(lastToken, lastValue.ToString());
            }

            lastToken = token;
            lastValue.Clear().Append(value);
        });
        if (lastToken is not null)
        {
            emit(lastToken, lastValue.ToString());
        }
    }

    /// <summary>Rouge's <c>reset!</c>: back to the root state, then the lexer's <c>start</c> block.</summary>
    public void Reset()
    {
        _stack.Clear();
        _stack.Add(States.Get("root"));
        OnStart();
    }

    /// <summary>Emits the whole match.</summary>
    public void Token(RougeToken token) => Yield(token, Current.Value);

    public void Token(RougeToken token, string value) => Yield(token, value);

    /// <summary>Emits each capture group with its own token.</summary>
    public void Groups(params RougeToken[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var group = Current.Groups[i + 1];
            if (group.Success)
            {
                Yield(tokens[i], group.Value);
            }
        }
    }

    public void Push(string state) => _stack.Add(States.Get(state));

    public void PushCurrent() => _stack.Add(_stack[^1]);

    public void Push(string key, Action<LexerStates<TSelf>.StateBuilder> build) => _stack.Add(States.Dynamic(key, build));

    public void Pop(int times = 1)
    {
        for (var i = 0; i < times && _stack.Count > 0; i++)
        {
            _stack.RemoveAt(_stack.Count - 1);
        }
    }

    public void Goto(string state)
    {
        if (_stack.Count > 0)
        {
            _stack[^1] = States.Get(state);
        }
    }

    public bool InState(string state) => _stack.Any(s => s.Name == state);

    public bool IsState(string state) => _stack.Count > 0 && _stack[^1].Name == state;

    /// <summary>Hands text to another lexer, which continues from where it stopped last time.</summary>
    public void Delegate(IRougeLexer lexer, string? text = null) => lexer.ContinueLex(text ?? Current.Value, Yield);

    /// <summary>Lexes text with a fresh lexer of this language (Rouge's <c>recurse</c>).</summary>
    public void Recurse(string text) => New().Lex(text, Yield);

    protected virtual void OnStart()
    {
    }

    protected abstract TSelf New();

    private void Yield(RougeToken token, string value)
    {
        if (value.Length > 0)
        {
            _output!(token, value);
        }
    }

    private void StreamTokens(string text, Action<RougeToken, string> output)
    {
        var (savedText, savedPosition, savedOutput) = (_text, _position, _output);
        (_text, _position, _output, _nullSteps) = (text, 0, output, 0);
        try
        {
            while (_position < _text.Length)
            {
                if (_stack.Count == 0 || !Step(_stack[^1], 0))
                {
                    var width = char.IsHighSurrogate(_text[_position]) && _position + 1 < _text.Length ? 2 : 1;
                    output(Tok.Error, _text.Substring(_position, width));
                    _position += width;
                }
            }
        }
        finally
        {
            (_text, _position, _output) = (savedText, savedPosition, savedOutput);
        }
    }

    private bool Step(LexerState<TSelf> state, int depth)
    {
        foreach (var entry in state.Rules)
        {
            if (entry is string mixin)
            {
                if (depth < 20 && Step(States.Get(mixin), depth + 1))
                {
                    return true;
                }

                continue;
            }

            var rule = (LexerRule<TSelf>)entry;
            var match = rule.Pattern.Match(_text, _position);
            if (!match.Success)
            {
                continue;
            }

            _position += match.Length;
            Current = match;
            rule.Callback((TSelf)this, match);
            if (match.Length == 0)
            {
                if (++_nullSteps > MaxNullSteps)
                {
                    return false;
                }
            }
            else
            {
                _nullSteps = 0;
            }

            return true;
        }

        return false;
    }
}
