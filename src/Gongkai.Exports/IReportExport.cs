using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports;

/// <summary>One export of an annual report (HTML, DOCX, XLSX, PDF, JSON, text), picked by name from <see cref="ReportExports"/>.</summary>
public interface IReportExport
{
    /// <summary>The format name callers pick the export by: "html", "docx", "xlsx", "pdf", "json" or "txt".</summary>
    string Name { get; }

    /// <summary>The MIME type of the output, e.g. "text/html; charset=utf-8".</summary>
    string ContentType { get; }

    /// <summary>The file extension with its dot, e.g. ".docx".</summary>
    string FileExtension { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> (which is left open).</summary>
    Task WriteAsync(AnnualReportDocument report, Stream output, CancellationToken cancellationToken = default);
}
