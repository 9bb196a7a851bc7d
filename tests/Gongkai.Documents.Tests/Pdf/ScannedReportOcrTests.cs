using System.Diagnostics;
using Gongkai.Documents.Pdf;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Narrative;
using Gongkai.Domain.Audit;
using Gongkai.Exports;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using Xunit.Abstractions;

namespace Gongkai.Documents.Tests.Pdf;

/// <summary>
/// A scanned report end to end (issue 14 item 2): a generated 2021-format report (tables 二, 三, 四 with random
/// figures) is drawn by Chromium as a picture, the picture is the only content of a PDF page (no text layer), and the
/// auditor reads it by OCR (Debian tesseract-ocr + tesseract-ocr-chi-sim). Measures how many printed cells come out at
/// the right address with the right value; every figure read is marked as OCR'd, and nothing read by OCR is an error.
/// Skipped, with the reason, where Chromium or tesseract is absent.
/// </summary>
public sealed class ScannedReportOcrTests(ITestOutputHelper output)
{
    [ScanFact]
    public void Audit_ScannedGeneratedReport_ReadsByOcrMarksEveryCellAndNeverAccuses()
    {
        var expected = Cells(new Random(2024));
        var data = new AnnualReportData(ReportFormat.Format2021, 2023, new ReportingAgency("SC", "某某县人民政府办公室"), expected);
        var html = new ReportHtmlWriter().Page(NarrativeDrafter.Draft(data).ToDocument());
        var folder = Directory.CreateTempSubdirectory("gongkai-scan-").FullName;
        try
        {
            var (png, width, height) = Screenshot(html, folder);
            var builder = new PdfDocumentBuilder();
            var pageHeight = 595.0 * height / width;
            builder.AddPage(595, pageHeight).AddPng(png, new PdfRectangle(0, 0, 595, pageHeight));
            var pdf = builder.Build();

            var audit = new ReportFileAuditor().Audit(pdf, "scan-2021.pdf");

            var printed = expected.Where(c => c.Value is not null).ToArray();
            var right = printed.Count(e => audit.Cells.Any(c => c.Address.Equals(e.Address) && c.Value == e.Value));
            var tableCells = audit.Cells.Where(c => c.Table is "二" or "三" or "四").ToArray();
            var stated = audit.Claims.Where(c => c.Address is { } a && expected.Any(e => e.Address.Equals(a))).ToArray();
            var statedRight = stated.Count(c => expected.Single(e => e.Address.Equals(c.Address!)).Value == c.Value);
            output.WriteLine($"OCR: {right}/{printed.Length} printed table cells at the right address with the right value ({100.0 * right / printed.Length:0.0} %); "
                + $"{tableCells.Length} table cells read; narrative figures tied to a cell {statedRight}/{stated.Length} right; "
                + $"agency {audit.Agency}, year {audit.Year}, format {audit.Format}; image {width}×{height} px");
            Assert.Contains(audit.Findings, f => f.RuleId == Domain.Audit.Rules.AuditRuleIds.PagesWithoutText && f.Message.Contains("第1页", StringComparison.Ordinal));
            Assert.All(tableCells, c => Assert.Equal(ReadingCertainty.Ocr, c.Source!.Certainty));
            Assert.DoesNotContain(audit.Findings, f => f.Severity == FindingSeverity.Error);
            Assert.Equal(2023, audit.Year);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Every cell of tables 二, 三 and 四 with a random count (signed for 本年增/减).</summary>
    private static ReportCell[] Cells(Random random) =>
        ReportLayout.For(ReportFormat.Format2021).Tables
            .Where(t => t.Id != NarrativeFigures.TableId)
            .SelectMany(t => t.Cells)
            .Select(c => new ReportCell(c.Address, c.Kind == CellValueKind.SignedCount ? random.Next(-9, 30) : random.Next(0, 300)))
            .ToArray();

    /// <summary>The page drawn by headless Chromium at twice the CSS pixel size (≈ 190 dpi on A4), as PNG.</summary>
    private static (byte[] Png, int Width, int Height) Screenshot(string html, string folder)
    {
        const int Width = 900;
        const int Height = 4200;
        var page = Path.Combine(folder, "report.html");
        var shot = Path.Combine(folder, "report.png");
        File.WriteAllText(page, html);
        var start = new ProcessStartInfo(ScanFactAttribute.Chromium)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=2",
                     $"--window-size={Width},{Height}", $"--screenshot={shot}", new Uri(page).AbsoluteUri })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(File.Exists(shot), "Chromium wrote no screenshot");
        return (File.ReadAllBytes(shot), Width * 2, Height * 2);
    }
}

/// <summary>Skips when Chromium (to draw the page) or tesseract with chi_sim (to read it) is absent.</summary>
public sealed class ScanFactAttribute : FactAttribute
{
    public ScanFactAttribute()
    {
        if (!File.Exists(Chromium))
        {
            Skip = $"未找到 Chromium（{Chromium}；GONGKAI_CHROMIUM），无法生成扫描页，跳过OCR测试。";
        }
        else if (!TesseractOcr.Default.IsAvailable)
        {
            Skip = "本机未安装 tesseract（apt-get install tesseract-ocr tesseract-ocr-chi-sim），跳过OCR测试。";
        }
    }

    /// <summary>$GONGKAI_CHROMIUM, else /usr/bin/chromium.</summary>
    public static string Chromium => Environment.GetEnvironmentVariable("GONGKAI_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
}
