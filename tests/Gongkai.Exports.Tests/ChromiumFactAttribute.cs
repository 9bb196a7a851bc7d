namespace Gongkai.Exports.Tests;

/// <summary>A fact that needs Debian's chromium; skipped with the reason when /usr/bin/chromium is absent (CI installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Skips when chromium is missing.</summary>
    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumOptions.DefaultPath))
        {
            Skip = "/usr/bin/chromium 未安装（apt-get install chromium fonts-noto-cjk），跳过PDF测试。";
        }
    }
}
