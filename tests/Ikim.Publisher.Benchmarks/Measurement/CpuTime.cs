using System.Diagnostics;
using System.Globalization;

namespace Ikim.Publisher.Benchmarks.Measurement;

/// <summary>
/// Processor time (user + system) of a process. On a machine shared with other work, wall time
/// swings with the load; the CPU a build consumed swings much less, so both are reported.
/// </summary>
public static class CpuTime
{
    // Linux reports /proc/PID/stat times in clock ticks; USER_HZ is 100 on every mainstream kernel.
    private const double TicksPerSecond = 100;

    public static TimeSpan OfSelf() => Process.GetCurrentProcess().TotalProcessorTime;

    public static TimeSpan? OfProcess(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name, which is in parentheses and may contain spaces.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
