namespace Ikim.Publisher.Site.Sass;

/// <summary>A Sass error; <see cref="ImportedFile"/> is the tree path when the error is in an imported file, null when in the page.</summary>
internal sealed class SassCompileException(string? importedFile, int line, int column, string message) : Exception(message)
{
    public string? ImportedFile { get; } = importedFile;

    public int Line { get; } = line;

    public int Column { get; } = column;
}
