using Gongkai.Documents.Guards;
using Gongkai.Domain.Audit;

namespace Gongkai.Documents;

/// <summary>
/// Reads a published annual report file — plain text, HTML saved from a government site (.html/.shtml), DOCX, or
/// PDF, read in-process (<see cref="Pdf.PdfReportReader"/>) — into a <see cref="ReportText"/>. The kind is judged from the bytes first and
/// the file name second. Bad content never throws: an empty, corrupt, unsupported or non-report file comes back
/// with a <see cref="ReportReadStatus"/> and a Chinese <see cref="ReportText.Message"/>.
/// </summary>
public sealed class ReportDocumentReader(ReportDocumentReaderOptions? options = null)
{
    private readonly ReportDocumentReaderOptions _options = options ?? new ReportDocumentReaderOptions();

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public ReportText Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var name = Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return ReportText.Failed(ReportReadStatus.Unreadable, $"找不到文件：{path}", name);
            }

            if (info.Length > _options.MaxFileBytes)
            {
                return TooLarge(name, info.Length);
            }

            return Read(File.ReadAllBytes(path), name);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return ReportText.Failed(ReportReadStatus.Unreadable, $"无法打开文件：{name}", name, ReportSourceKind.Unknown,
                [$"io: {ex.GetType().Name}: {ex.Message}"]);
        }
    }

    /// <summary>Reads <paramref name="content"/>; <paramref name="fileName"/> names the source and hints at its kind.</summary>
    public ReportText Read(byte[] content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        fileName ??= string.Empty;
        if (content.LongLength > _options.MaxFileBytes)
        {
            return TooLarge(fileName, content.LongLength);
        }

        if (content.Length == 0)
        {
            return ReportText.Failed(ReportReadStatus.Empty, "文件为空。", fileName, KindOf(DocumentSniffer.Detect([], fileName)));
        }

        var kind = DocumentSniffer.Detect(content, fileName);
        try
        {
            return kind switch
            {
                DocumentKind.Pdf => ReadPdf(content, fileName),
                DocumentKind.Docx => ReadDocx(content, fileName),
                DocumentKind.LegacyOffice => ReportText.Failed(ReportReadStatus.Unreadable,
                    "不支持旧版 Word/WPS 格式（.doc/.wps），请另存为 .docx、PDF 或网页后再读取。", fileName, ReportSourceKind.Unknown),
                DocumentKind.Rtf => ReportText.Failed(ReportReadStatus.Unreadable,
                    "不支持 RTF 格式，请另存为 .docx、PDF 或网页后再读取。", fileName, ReportSourceKind.Unknown),
                DocumentKind.Image => ReportText.Failed(ReportReadStatus.Unreadable,
                    "这是一张图片，需要先进行文字识别（OCR）才能读取。", fileName, ReportSourceKind.Unknown),
                DocumentKind.OtherZip => ReportText.Failed(ReportReadStatus.Unreadable,
                    "压缩文件不是 Word 文档（.docx），无法读取。", fileName, ReportSourceKind.Unknown),
                _ => ReadText(content, fileName, kind == DocumentKind.Html),
            };
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or StackOverflowException))
        {
            return ReportText.Failed(ReportReadStatus.Unreadable, "文件内容无法解析，可能已损坏。", fileName, KindOf(kind),
                [$"read: {ex.GetType().Name}: {ex.Message}"]);
        }
    }

    private static ReportText ReadText(byte[] content, string fileName, bool htmlByName)
    {
        if (TextEncodingDetector.LooksBinary(content))
        {
            return ReportText.Failed(ReportReadStatus.Unreadable, "文件内容无法识别：可能是二进制文件或已损坏。", fileName,
                ReportSourceKind.Unknown, ["text: control bytes found, not a text file"]);
        }

        var decoded = TextEncodingDetector.Decode(content, isHtml: true);
        var isHtml = htmlByName || DocumentSniffer.LooksLikeHtml(decoded.Text);

        var builder = new ReportTextBuilder(fileName, isHtml ? ReportSourceKind.Html : ReportSourceKind.PlainText)
        {
            EncodingName = decoded.EncodingName,
        };
        builder.AddDiagnostic($"encoding: {decoded.EncodingName} ({decoded.Reason})");
        if (isHtml)
        {
            HtmlReportExtractor.Extract(decoded.Text, builder);
        }
        else
        {
            builder.AddSourceText(decoded.Text);
        }

        return builder.Build();
    }

    private static ReportText ReadDocx(byte[] content, string fileName)
    {
        if (OfficePackageGuard.Check(content) is { } refusal)
        {
            return ReportText.Failed(ReportReadStatus.Unreadable, refusal, fileName, ReportSourceKind.Docx);
        }

        var builder = new ReportTextBuilder(fileName, ReportSourceKind.Docx);
        if (!DocxReportExtractor.TryExtract(content, builder))
        {
            return ReportText.Failed(ReportReadStatus.Unreadable, "Word 文档中没有正文部分，无法读取。", fileName, ReportSourceKind.Docx);
        }

        return builder.Build();
    }

    /// <summary>The bounded structure scan (<see cref="PdfStructureGuard"/>) first, then the PDF reader.</summary>
    private ReportText ReadPdf(byte[] content, string fileName) =>
        PdfStructureGuard.Check(content) is { } refusal
            ? ReportText.Failed(ReportReadStatus.Unreadable, refusal, fileName, ReportSourceKind.Pdf, ["pdf: refused by the structure scan before parsing"])
            : Pdf.PdfReportReader.Read(content, fileName, _options);

    private ReportText TooLarge(string name, long length) =>
        ReportText.Failed(ReportReadStatus.Unreadable,
            $"文件过大（{length / 1024 / 1024} MB），超过 {_options.MaxFileBytes / 1024 / 1024} MB 的上限。", name);

    private static ReportSourceKind KindOf(DocumentKind kind) => kind switch
    {
        DocumentKind.PlainText => ReportSourceKind.PlainText,
        DocumentKind.Html => ReportSourceKind.Html,
        DocumentKind.Docx => ReportSourceKind.Docx,
        DocumentKind.Pdf => ReportSourceKind.Pdf,
        _ => ReportSourceKind.Unknown,
    };
}
