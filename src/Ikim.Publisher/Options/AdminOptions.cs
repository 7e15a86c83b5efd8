using System.ComponentModel.DataAnnotations;

namespace Ikim.Publisher.Options;

/// <summary>Admin actions over HTTP (configuration section <c>Admin</c>): off unless a token is set.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>Bearer token for <c>POST /_publisher/admin/*</c> (rebuild, rollback, pin, unpin).</summary>
    [RegularExpression(@"^\S{16,}$", ErrorMessage = "Admin:Token must be at least 16 characters without spaces.")]
    public string? Token { get; set; }
}
