using System.Diagnostics;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports.Tests;

/// <summary>PDF through Debian's chromium, checked with poppler (pdftotext, pdftoppm).</summary>
public sealed class ReportPdfWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gongkai-pdf-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> WritePdf(AnnualReportDocument report)
    {
        var path = Path.Combine(_folder, "report.pdf");
        await using (var file = File.Create(path))
        {
            await new ReportPdfWriter().WriteAsync(report, file);
        }

        return path;
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    private static string WithoutWhiteSpace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [ChromiumAndPopplerFact]
    public async Task WriteAsync_Report2021_PdfTextHasChineseTitleHeadingsAndNumbers()
    {
        var report = TestReports.For(ReportFormat.Format2021);

        var text = Run("pdftotext", "-layout", "-enc", "UTF-8", await WritePdf(report), "-");

        var compact = WithoutWhiteSpace(text);
        Assert.Contains(WithoutWhiteSpace(report.Title), compact, StringComparison.Ordinal);
        Assert.Contains(Table3Labels.Title, compact, StringComparison.Ordinal);
        Assert.Contains("申请人情况", compact, StringComparison.Ordinal);
        Assert.Contains("1.属于国家秘密", compact, StringComparison.Ordinal);
        var total = PrintedValue.Of(report.Data.ValueAt(Table3Labels.At(Table3Labels.OutcomeTotalRow, Table3Labels.TotalColumn)));
        Assert.Contains(total, text, StringComparison.Ordinal);
        var amount = report.Data.Cells.Single(c => c.Address.ColumnLeaf == Table2Labels.FeesThisYear).Value;
        Assert.Contains(PrintedValue.Of(amount), text, StringComparison.Ordinal);
        Assert.Contains("第1页/共", compact, StringComparison.Ordinal);
    }

    [ChromiumAndPopplerFact]
    public async Task WriteAsync_Report2014_FirstPageRendersToANonBlankPng()
    {
        var report = TestReports.For(ReportFormat.Format2014);
        var pdf = await WritePdf(report);

        Run("pdftoppm", "-png", "-gray", "-r", "50", "-f", "1", "-l", "1", "-singlefile", pdf, Path.Combine(_folder, "page1"));

        var png = GrayPng.Read(await File.ReadAllBytesAsync(Path.Combine(_folder, "page1.png")));
        Assert.InRange(png.Width, 400, 420);
        Assert.InRange(png.Height, 575, 590);
        var dark = png.CountDarkerThan(128);
        Assert.True(dark > png.Pixels.Length / 200, $"第1页几乎空白：{dark} 个深色像素");
        var text = Run("pdftotext", "-enc", "UTF-8", pdf, "-");
        Assert.Contains(WithoutWhiteSpace(report.Title), WithoutWhiteSpace(text), StringComparison.Ordinal);
        Assert.Contains("政府信息公开情况统计表", WithoutWhiteSpace(text), StringComparison.Ordinal);
    }
}
