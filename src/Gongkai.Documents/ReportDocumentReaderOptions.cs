namespace Gongkai.Documents;

/// <summary>Settings of <see cref="ReportDocumentReader"/>.</summary>
public sealed record ReportDocumentReaderOptions
{
    /// <summary>
    /// OCR for PDF pages without a text layer (scans); by default tesseract from PATH when installed with Simplified
    /// Chinese (tesseract-ocr, tesseract-ocr-chi-sim). Null: scans are only listed, never read.
    /// </summary>
    public Pdf.TesseractOcr? Ocr { get; init; } = Pdf.TesseractOcr.Default;

    /// <summary>Files larger than this are refused (reports are a few hundred KB; PDFs a few MB).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;
}
