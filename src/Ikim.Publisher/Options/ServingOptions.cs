namespace Ikim.Publisher.Options;

/// <summary>Built-in serving of the live release (configuration section <c>Serving</c>).</summary>
public sealed class ServingOptions
{
    public const string Section = "Serving";

    /// <summary>
    /// Serve <c>current</c> over HTTP from the worker itself: for a single box or local use.
    /// Production puts nginx in front (deploy/nginx) and may turn this off.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
