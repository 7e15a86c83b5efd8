using System.Text;
using System.Text.RegularExpressions;

namespace Ikim.Publisher.Site.Markdown.Highlighting;

/// <summary>
/// Rouge's <c>RegexLexer</c>: named states of rules tried in order at the current position; a
/// rule emits a token (or one per group) and may push or pop a state; where no rule matches one
/// character becomes an error token. Adjacent tokens of one type are merged, as Rouge's
/// <c>lex</c> merges them. Lexers are ported rule for rule from Rouge 3.30 so that the classes
/// (Rouge's token short names) come out the same.
/// </summary>
public abstract class RougeLexer
{
    private readonly Dictionary<string, List<Rule>> _states = new(StringComparer.Ordinal);

    /// <summary>The token short names Rouge writes as CSS classes; <see cref="Text"/> is written bare.</summary>
    public const string Text = "";

    /// <summary>Rouge's tags and aliases for this lexer.</summary>
    public abstract IReadOnlyList<string> Names { get; }

    /// <summary>Rouge's HTML formatter over the tokens: Text bare, everything else in a span.</summary>
    public string Format(string code)
    {
        var html = new StringBuilder(code.Length * 2);
        foreach (var (token, value) in Lex(code))
        {
            var escaped = RougeHighlighter.Escape(value);
            html.Append(token.Length == 0 ? escaped : $"<span class=\"{token}\">{escaped}</span>");
        }

        return html.ToString();
    }

    /// <summary>Rouge's <c>lex</c>: the tokens, adjacent tokens of one type merged.</summary>
    public IEnumerable<(string Token, string Value)> Lex(string code) => Merge(Tokens(code, NewState()));

    /// <summary>A fresh state stack; lexing on with the same stack is Rouge's <c>continue_lex</c>.</summary>
    public static Stack<string> NewState() => new(["root"]);

    /// <summary>Rouge's <c>stream_tokens</c> for a regex lexer, unmerged.</summary>
    public virtual IEnumerable<(string Token, string Value)> Tokens(string code, Stack<string> stack)
    {
        var position = 0;
        while (position < code.Length)
        {
            var matched = false;
            foreach (var rule in _states[stack.Peek()])
            {
                var match = rule.Pattern.Match(code, position);
                if (!match.Success || match.Length == 0 && rule.Push is null && !rule.Pop)
                {
                    continue;
                }

                if (rule.Tokens.Length == 1)
                {
                    yield return (rule.Tokens[0], match.Value);
                }
                else
                {
                    for (var i = 0; i < rule.Tokens.Length; i++)
                    {
                        yield return (rule.Tokens[i], match.Groups[i + 1].Value);
                    }
                }

                position += match.Length;
                if (rule.Pop && stack.Count > 1)
                {
                    stack.Pop();
                }

                if (rule.Push is not null)
                {
                    // Rouge's :push pushes the current state again.
                    stack.Push(rule.Push == "push" ? stack.Peek() : rule.Push);
                }

                matched = true;
                break;
            }

            if (!matched)
            {
                yield return ("err", code[position].ToString());
                position++;
            }
        }
    }

    private static IEnumerable<(string Token, string Value)> Merge(IEnumerable<(string Token, string Value)> tokens)
    {
        string? lastToken = null;
        var lastValue = new StringBuilder();
        foreach (var (token, value) in tokens)
        {
            if (value.Length == 0)
            {
                continue;
            }

            if (token == lastToken)
            {
                lastValue.Append(value);
                continue;
            }

            if (lastToken is not null)
            {
                yield return (lastToken, lastValue.ToString());
            }

            lastToken = token;
            lastValue.Clear().Append(value);
        }

        if (lastToken is not null)
        {
            yield return (lastToken, lastValue.ToString());
        }
    }

    /// <summary>Adds rules to a state. Patterns follow Ruby: <c>^</c> and <c>$</c> are line anchors.</summary>
    protected void State(string name, params Rule[] rules)
    {
        if (!_states.TryGetValue(name, out var list))
        {
            _states[name] = list = [];
        }

        list.AddRange(rules);
    }

    /// <summary>Rouge's <c>mixin</c>: the rules of another state, copied in place.</summary>
    protected Rule[] Mixin(string name) => [.. _states[name]];

    protected static Rule R(string pattern, string token, string? push = null, bool pop = false, RegexOptions options = RegexOptions.None) =>
        new(new Regex(@"\G(?:" + pattern + ")", RegexOptions.Multiline | options), [token], push, pop);

    protected static Rule Groups(string pattern, params string[] tokens) => Groups(pattern, RegexOptions.None, tokens);

    protected static Rule Groups(string pattern, RegexOptions options, params string[] tokens) =>
        new(new Regex(@"\G(?:" + pattern + ")", RegexOptions.Multiline | options), tokens, null, false);

    public sealed record Rule(Regex Pattern, string[] Tokens, string? Push, bool Pop);
}
