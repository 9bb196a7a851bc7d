using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Demo;

/// <summary>Stable ids for demo records, so that loading twice finds what the first load made.</summary>
public static class DemoIds
{
    /// <summary>A name-based id (the first 16 bytes of SHA-256 of the name).</summary>
    public static Guid For(string name) => new(SHA256.HashData(Encoding.UTF8.GetBytes("gongkai-demo:" + name)).AsSpan(0, 16));
}
