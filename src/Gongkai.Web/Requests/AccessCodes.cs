using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Web.Requests;

/// <summary>
/// The secret access code (查询码) of a request and the id of a submission, both derived with HMAC-SHA256 from one
/// server key (docs/portal.md, “Decisions”): the code is never stored, so a copy of the database does not reveal it, and every web
/// node that shares the key (<c>Portal:AccessCodeKey</c>, base64, ≥ 32 bytes) verifies it. Without the setting a
/// key is generated once into <c>Portal:AccessCodeKeyFile</c> (default: the user's local application data folder,
/// <c>Gongkai/portal-access.key</c>, outside the source tree) — enough for a one-node installation.
/// </summary>
public sealed class AccessCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private readonly byte[] _key;

    /// <summary>Uses the given key.</summary>
    public AccessCodes(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 32)
        {
            throw new InvalidOperationException("Portal:AccessCodeKey must be at least 32 bytes (base64).");
        }

        _key = key;
    }

    /// <summary>The length of a code.</summary>
    public const int CodeLength = 10;

    /// <summary>Reads the key from configuration, or from (creating) the key file.</summary>
    public static AccessCodes From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration["Portal:AccessCodeKey"] is { Length: > 0 } configured)
        {
            return new AccessCodes(Convert.FromBase64String(configured));
        }

        var path = Path.GetFullPath(configuration["Portal:AccessCodeKeyFile"]
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "Gongkai", "portal-access.key"));
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }

        return new AccessCodes(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }

    /// <summary>The access code of a tracking number.</summary>
    public string CodeFor(string trackingNumber)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes("code:" + trackingNumber));
        var code = new StringBuilder(CodeLength);
        for (var i = 0; i < CodeLength; i++)
        {
            code.Append(Alphabet[mac[i] % Alphabet.Length]);
        }

        return code.ToString();
    }

    /// <summary>Whether <paramref name="code"/> is the code of <paramref name="trackingNumber"/> (constant time; case and spaces ignored).</summary>
    public bool Verify(string trackingNumber, string? code)
    {
        var given = Encoding.ASCII.GetBytes((code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant());
        var expected = Encoding.ASCII.GetBytes(CodeFor(trackingNumber));
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    /// <summary>The request id of a submission token: the same token always gives the same id (one request per form).</summary>
    public Guid RequestIdFor(string submissionToken) =>
        new(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes("submission:" + submissionToken)).AsSpan(0, 16));

    /// <summary>The tracking number of a request: 申请 date and eight characters derived from its id.</summary>
    public static string TrackingNumberFor(Guid requestId, DateOnly submittedOn)
    {
        var bytes = requestId.ToByteArray();
        var suffix = new StringBuilder(8);
        for (var i = 0; i < 8; i++)
        {
            suffix.Append(Alphabet[bytes[i] % Alphabet.Length]);
        }

        return $"YSQ{submittedOn:yyyyMMdd}-{suffix}";
    }
}
