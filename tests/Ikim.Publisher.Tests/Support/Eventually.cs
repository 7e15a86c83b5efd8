namespace Ikim.Publisher.Tests.Support;

/// <summary>
/// Waits for a condition on state another process or thread changes (a ref the worker fetched,
/// a file it wrote), checking it until it holds or a bound passes. Never a fixed sleep.
/// </summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, string what, TimeSpan? limit = null)
    {
        var deadline = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(60));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }

            await Task.Delay(10);
        }
    }
}
