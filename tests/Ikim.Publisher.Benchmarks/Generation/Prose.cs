using System.Text;

namespace Ikim.Publisher.Benchmarks.Generation;

/// <summary>
/// Deterministic filler text: a seeded <see cref="Random"/> (whose seeded sequence .NET keeps
/// stable across versions) over a fixed vocabulary, so every run generates the same bytes.
/// </summary>
internal sealed class Prose(int seed)
{
    private static readonly string[] Words =
    [
        "patient", "imaging", "model", "clinical", "data", "learning", "radiology", "cohort", "network", "tumour",
        "segmentation", "genome", "sequence", "protein", "inference", "training", "validation", "dataset", "hospital", "diagnosis",
        "therapy", "outcome", "signal", "pathology", "biomarker", "screening", "prediction", "risk", "treatment", "study",
        "analysis", "workflow", "federated", "privacy", "annotation", "scanner", "volume", "resolution", "feature", "attention",
        "transformer", "graph", "cell", "tissue", "sample", "trial", "evidence", "medicine", "research", "group",
        "the", "a", "of", "and", "in", "with", "for", "to", "on", "from", "by", "across", "between", "within", "new",
        "robust", "early", "large", "open", "shared", "secure", "fast", "precise", "novel", "joint",
    ];

    private readonly Random _random = new(seed);

    public int Next(int max) => _random.Next(max);

    public int Next(int min, int max) => _random.Next(min, max);

    public string Word() => Words[_random.Next(Words.Length)];

    public string Title(int words)
    {
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => Word()));
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>A Markdown paragraph with the usual inline markup; <paramref name="links"/> are site URLs to link to.</summary>
    public string Paragraph(int minWords, int maxWords, IReadOnlyList<string> links)
    {
        var text = new StringBuilder();
        var count = _random.Next(minWords, maxWords);
        for (var i = 0; i < count; i++)
        {
            var word = i == 0 ? Capitalised(Word()) : Word();
            text.Append(_random.Next(30) switch
            {
                0 => $"**{word}**",
                1 => $"*{word}*",
                2 when links.Count > 0 => $"[{word}]({links[_random.Next(links.Count)]})",
                3 => $"`{word}`",
                _ => word,
            });
            text.Append(i == count - 1 ? ".\n" : _random.Next(12) == 0 ? ", " : " ");
        }

        return text.ToString();
    }

    public string List(int items) =>
        string.Concat(Enumerable.Range(0, items).Select(_ => $"- {Title(_random.Next(3, 7))}\n"));

    public string Table(int rows)
    {
        var text = new StringBuilder("| Cohort | Samples | Accuracy |\n|---|---:|---:|\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append($"| {Title(2)} | {_random.Next(50, 5000)} | 0.{_random.Next(700, 999)} |\n");
        }

        return text.ToString();
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
