using Ikim.Publisher.Site.Content;

namespace Ikim.Publisher.Site.Reading;

/// <summary>Document#&lt;=&gt;: by date, then by path; a document without a date compares by path only.</summary>
internal sealed class DocumentOrder : IComparer<Document>
{
    public static DocumentOrder Instance { get; } = new();

    public int Compare(Document? x, Document? y)
    {
        if (x!.SortsByDate && y!.SortsByDate)
        {
            var byDate = x.Date.CompareTo(y.Date);
            if (byDate != 0)
            {
                return byDate;
            }
        }

        return string.CompareOrdinal(x.SourcePath, y!.SourcePath);
    }
}
