using System.Security.Cryptography;
using System.Text;

namespace Ikim.Publisher.Operations;

/// <summary>Comparisons of secrets whose running time says nothing about how much matched.</summary>
public static class ConstantTime
{
    /// <summary>Compares SHA-256 digests, so neither the content nor the length of the secret leaks.</summary>
    public static bool SameSecret(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    /// <summary>True when <paramref name="hexSignature"/> is the HMAC-SHA256 of <paramref name="body"/> under <paramref name="secret"/>.</summary>
    public static bool HmacSha256Matches(string secret, ReadOnlySpan<byte> body, string hexSignature)
    {
        byte[] presented;
        try
        {
            presented = Convert.FromHexString(hexSignature.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        return CryptographicOperations.FixedTimeEquals(expected, presented);
    }
}
