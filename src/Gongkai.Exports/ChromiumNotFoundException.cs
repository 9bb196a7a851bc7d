namespace Gongkai.Exports;

/// <summary>PDF export was asked for but no Chromium executable is installed where Gongkai looks for it.</summary>
public sealed class ChromiumNotFoundException : Exception
{
    /// <summary>The exception for a missing executable at <paramref name="path"/>.</summary>
    public ChromiumNotFoundException(string path)
        : base($"未找到 Chromium 浏览器（{path}），无法导出PDF。请安装 chromium（apt-get install chromium fonts-noto-cjk）或设置 {ChromiumOptions.EnvironmentVariable}。")
    {
        Path = path;
    }

    /// <summary>Where Chromium was looked for.</summary>
    public string Path { get; }
}
