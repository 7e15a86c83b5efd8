using System.Globalization;

namespace Ikim.Publisher.Benchmarks.Measurement;

/// <summary>
/// Peak resident memory from Linux's <c>/proc/PID/status</c>: <c>VmHWM</c> is the high-water
/// mark of the resident set, so one late read gives the peak of a whole process.
/// </summary>
public static class PeakMemory
{
    public static long? OfSelfBytes() => Read("/proc/self/status");

    public static long? OfProcessBytes(int pid) => Read($"/proc/{pid}/status");

    /// <summary>Resets the high-water mark of this process to its current resident set (Linux 4.0+), so the next read measures one phase.</summary>
    public static void ResetSelf()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
            // Not Linux, or not allowed: the peak then covers the whole process so far.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static long? Read(string path)
    {
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process has exited (or this is not Linux).
        }

        return null;
    }
}
