namespace Ikim.Publisher.Site.Liquid.Highlighting;

/// <summary>A Rouge token type; <see cref="ShortName"/> is the CSS class Rouge's HTML formatter writes.</summary>
internal sealed record RougeToken(string Name, string ShortName);

/// <summary>Rouge's token types (rouge/token.rb) with their short names.</summary>
internal static class Tok
{
    public static readonly RougeToken Text = new("Text", "");
    public static readonly RougeToken Whitespace = new("Text.Whitespace", "w");
    public static readonly RougeToken Error = new("Error", "err");
    public static readonly RougeToken Keyword = new("Keyword", "k");
    public static readonly RougeToken KeywordConstant = new("Keyword.Constant", "kc");
    public static readonly RougeToken KeywordDeclaration = new("Keyword.Declaration", "kd");
    public static readonly RougeToken KeywordNamespace = new("Keyword.Namespace", "kn");
    public static readonly RougeToken KeywordPseudo = new("Keyword.Pseudo", "kp");
    public static readonly RougeToken KeywordReserved = new("Keyword.Reserved", "kr");
    public static readonly RougeToken KeywordType = new("Keyword.Type", "kt");
    public static readonly RougeToken Name = new("Name", "n");
    public static readonly RougeToken NameAttribute = new("Name.Attribute", "na");
    public static readonly RougeToken NameBuiltin = new("Name.Builtin", "nb");
    public static readonly RougeToken NameBuiltinPseudo = new("Name.Builtin.Pseudo", "bp");
    public static readonly RougeToken NameClass = new("Name.Class", "nc");
    public static readonly RougeToken NameConstant = new("Name.Constant", "no");
    public static readonly RougeToken NameDecorator = new("Name.Decorator", "nd");
    public static readonly RougeToken NameEntity = new("Name.Entity", "ni");
    public static readonly RougeToken NameException = new("Name.Exception", "ne");
    public static readonly RougeToken NameFunction = new("Name.Function", "nf");
    public static readonly RougeToken NameProperty = new("Name.Property", "py");
    public static readonly RougeToken NameLabel = new("Name.Label", "nl");
    public static readonly RougeToken NameNamespace = new("Name.Namespace", "nn");
    public static readonly RougeToken NameOther = new("Name.Other", "nx");
    public static readonly RougeToken NameTag = new("Name.Tag", "nt");
    public static readonly RougeToken NameVariable = new("Name.Variable", "nv");
    public static readonly RougeToken NameVariableClass = new("Name.Variable.Class", "vc");
    public static readonly RougeToken NameVariableGlobal = new("Name.Variable.Global", "vg");
    public static readonly RougeToken NameVariableInstance = new("Name.Variable.Instance", "vi");
    public static readonly RougeToken Literal = new("Literal", "l");
    public static readonly RougeToken Str = new("Literal.String", "s");
    public static readonly RougeToken StrAffix = new("Literal.String.Affix", "sa");
    public static readonly RougeToken StrBacktick = new("Literal.String.Backtick", "sb");
    public static readonly RougeToken StrChar = new("Literal.String.Char", "sc");
    public static readonly RougeToken StrDelimiter = new("Literal.String.Delimiter", "dl");
    public static readonly RougeToken StrDoc = new("Literal.String.Doc", "sd");
    public static readonly RougeToken StrDouble = new("Literal.String.Double", "s2");
    public static readonly RougeToken StrEscape = new("Literal.String.Escape", "se");
    public static readonly RougeToken StrHeredoc = new("Literal.String.Heredoc", "sh");
    public static readonly RougeToken StrInterpol = new("Literal.String.Interpol", "si");
    public static readonly RougeToken StrOther = new("Literal.String.Other", "sx");
    public static readonly RougeToken StrRegex = new("Literal.String.Regex", "sr");
    public static readonly RougeToken StrSingle = new("Literal.String.Single", "s1");
    public static readonly RougeToken StrSymbol = new("Literal.String.Symbol", "ss");
    public static readonly RougeToken Num = new("Literal.Number", "m");
    public static readonly RougeToken NumBin = new("Literal.Number.Bin", "mb");
    public static readonly RougeToken NumFloat = new("Literal.Number.Float", "mf");
    public static readonly RougeToken NumHex = new("Literal.Number.Hex", "mh");
    public static readonly RougeToken NumInteger = new("Literal.Number.Integer", "mi");
    public static readonly RougeToken NumIntegerLong = new("Literal.Number.Integer.Long", "il");
    public static readonly RougeToken NumOct = new("Literal.Number.Oct", "mo");
    public static readonly RougeToken Operator = new("Operator", "o");
    public static readonly RougeToken OperatorWord = new("Operator.Word", "ow");
    public static readonly RougeToken Punctuation = new("Punctuation", "p");
    public static readonly RougeToken PunctuationIndicator = new("Punctuation.Indicator", "pi");
    public static readonly RougeToken Comment = new("Comment", "c");
    public static readonly RougeToken CommentHashbang = new("Comment.Hashbang", "ch");
    public static readonly RougeToken CommentDoc = new("Comment.Doc", "cd");
    public static readonly RougeToken CommentMultiline = new("Comment.Multiline", "cm");
    public static readonly RougeToken CommentPreproc = new("Comment.Preproc", "cp");
    public static readonly RougeToken CommentSingle = new("Comment.Single", "c1");
    public static readonly RougeToken CommentSpecial = new("Comment.Special", "cs");
}
