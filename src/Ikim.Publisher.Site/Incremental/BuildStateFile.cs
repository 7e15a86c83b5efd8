using System.Text;

namespace Ikim.Publisher.Site.Incremental;

/// <summary>
/// A <see cref="BuildState"/> on disk, so a restarted worker does not render everything again: the
/// dependency record of every render, the static files written and whether each source file has
/// front matter. Parsed front matter is not kept (the first build after a start parses every file
/// once). Strings repeat massively (the same keys and fingerprints in thousands of records), so each
/// is written once into a table and referred to by number. A file of another format version, or a
/// damaged one, reads as no state: the next build then renders everything, as after a first start.
/// </summary>
public static class BuildStateFile
{
    private const string Magic = "ikim-build-state";
    private const int Version = 1;

    public static void Write(BuildState state, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(state);
        var table = new StringTable();
        var records = state.Records.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        var statics = state.StaticFiles.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        var headers = state.FrontMatters?.Headers.OrderBy(h => h.Key, StringComparer.Ordinal).ToList() ?? [];

        // The body first (into memory, numbering strings as they come), then the table it refers to.
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(table.Of(state.GlobalFingerprint));
            writer.Write(records.Count);
            foreach (var (key, record) in records)
            {
                writer.Write(table.Of(key));
                writer.Write(table.Of(record.Self));
                writer.Write(record.Reads.Count);
                foreach (var read in record.Reads)
                {
                    writer.Write(table.Of(read.Key));
                    writer.Write(table.Of(read.Value));
                }

                writer.Write(record.Text is not null);
                if (record.Text is not null)
                {
                    writer.Write(record.Text);
                }

                writer.Write(table.Of(record.ResultFingerprint));
                writer.Write(record.OutputBytes);
            }

            writer.Write(statics.Count);
            foreach (var (path, file) in statics)
            {
                writer.Write(table.Of(path));
                writer.Write(table.Of(file.ContentId));
                writer.Write(file.Length);
            }

            writer.Write(headers.Count);
            foreach (var (key, has) in headers)
            {
                writer.Write(table.Of(key));
                writer.Write(has);
            }
        }

        using var output = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        output.Write(Magic);
        output.Write(Version);
        output.Write(table.Strings.Count);
        foreach (var text in table.Strings)
        {
            output.Write(text);
        }

        output.Flush();
        body.Position = 0;
        body.CopyTo(stream);
    }

    /// <summary>The state in <paramref name="stream"/>; null when it is of another format or damaged.</summary>
    public static BuildState? Read(Stream stream)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
            {
                return null;
            }

            var strings = new string[reader.ReadInt32()];
            for (var i = 0; i < strings.Length; i++)
            {
                strings[i] = reader.ReadString();
            }

            string Next() => strings[reader.ReadInt32()];
            var global = Next();
            var recordCount = reader.ReadInt32();
            var records = new Dictionary<string, ItemRecord>(recordCount, StringComparer.Ordinal);
            while (records.Count < recordCount)
            {
                var key = Next();
                var self = Next();
                var reads = new KeyValuePair<string, string>[reader.ReadInt32()];
                for (var i = 0; i < reads.Length; i++)
                {
                    reads[i] = new KeyValuePair<string, string>(Next(), Next());
                }

                var text = reader.ReadBoolean() ? reader.ReadString() : null;
                records[key] = new ItemRecord(self, reads, text, Next(), reader.ReadInt64());
            }

            var statics = new Dictionary<string, StaticFileRecord>(StringComparer.Ordinal);
            for (var count = reader.ReadInt32(); statics.Count < count;)
            {
                statics[Next()] = new StaticFileRecord(Next(), reader.ReadInt64());
            }

            var headers = new Dictionary<string, bool>(StringComparer.Ordinal);
            for (var count = reader.ReadInt32(); headers.Count < count;)
            {
                headers[Next()] = reader.ReadBoolean();
            }

            return new BuildState(global, records, new FrontMatterCache.Snapshot(new Dictionary<string, Content.FrontMatter>(), headers), statics);
        }
        catch (Exception ex) when (ex is EndOfStreamException or IndexOutOfRangeException or IOException or FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    private sealed class StringTable
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

        public List<string> Strings { get; } = [];

        public int Of(string text)
        {
            if (!_numbers.TryGetValue(text, out var number))
            {
                number = Strings.Count;
                _numbers[text] = number;
                Strings.Add(text);
            }

            return number;
        }
    }
}
