namespace Gongkai.Bench.Audit;

/// <summary>The machine's one-minute load average (Linux), printed beside every figure: the machine is shared.</summary>
internal static class Load
{
    public static string Now()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
