namespace Ikim.Publisher.Tests.Support;

/// <summary>
/// A fact that needs root (mount) or a system program (nginx, sshd). CI runs as root and
/// `.ci/run` installs the programs, so there (CI=true) it always runs and fails loudly if
/// something is missing; on a developer machine without them it is skipped with the reason.
/// </summary>
public sealed class RequiresFactAttribute : FactAttribute
{
    public RequiresFactAttribute(bool root = false, params string[] programs)
    {
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            return;
        }

        if (root && !Environment.IsPrivilegedProcess)
        {
            Skip = "needs root (run as root, as CI does)";
        }
        else if (programs.FirstOrDefault(p => !File.Exists(p)) is { } missing)
        {
            Skip = $"needs {missing} (installed by .ci/run)";
        }
    }
}
