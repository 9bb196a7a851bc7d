using Gongkai.Domain.AnnualReports;

namespace Gongkai.Domain.Audit.Rules;

/// <summary>
/// Pages of a PDF that are pictures without a text layer (scans). Their content was either not read at all — the
/// report is checked without it, and the finding names the pages — or read by OCR, whose figures may be misread:
/// the finding says so, and every cell read there carries the OCR confidence in its evidence.
/// </summary>
internal static class ScannedPagesRule
{
    public static IEnumerable<Finding> Check(ReportText report)
    {
        if (report.PagesWithoutText.Count == 0)
        {
            yield break;
        }

        var ocr = report.OcrPages;
        var unread = report.PagesWithoutText.Except(ocr).ToArray();
        if (unread.Length > 0)
        {
            yield return new Finding(AuditRuleIds.PagesWithoutText, FindingSeverity.Warning,
                $"{PageRanges.Describe(unread)}是扫描图像，没有文字层，未能读取（可安装文字识别程序 tesseract-ocr、tesseract-ocr-chi-sim 后重新审查）；这些页上的内容未经核对。", []);
        }

        if (ocr.Count > 0)
        {
            yield return new Finding(AuditRuleIds.PagesWithoutText, FindingSeverity.Warning,
                $"{PageRanges.Describe(ocr)}是扫描图像，已用文字识别（OCR）读取；识别出的数字可能有误，依据这些页得出的问题请对照原件核实。", []);
        }
    }
}
