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

/// <summary>
/// A fact that prints with Debian's chromium and checks the PDF with poppler's <c>pdftotext</c>/<c>pdftoppm</c>
/// (the page rendered as an image, the text as another reader extracts it); skipped with the reason when either is
/// absent (CI installs both).
/// </summary>
public sealed class ChromiumAndPopplerFactAttribute : FactAttribute
{
    /// <summary>Skips when chromium or poppler-utils is missing.</summary>
    public ChromiumAndPopplerFactAttribute()
    {
        if (!File.Exists(ChromiumOptions.DefaultPath))
        {
            Skip = "/usr/bin/chromium 未安装（apt-get install chromium fonts-noto-cjk），跳过PDF测试。";
        }
        else if (!File.Exists("/usr/bin/pdftotext") || !File.Exists("/usr/bin/pdftoppm"))
        {
            Skip = "poppler-utils 未安装（apt-get install poppler-utils），跳过用 pdftotext/pdftoppm 检查PDF的测试。";
        }
    }
}
