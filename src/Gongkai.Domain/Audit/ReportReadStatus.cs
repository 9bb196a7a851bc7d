namespace Gongkai.Domain.Audit;

/// <summary>What came of reading a report file. Bad content never throws; it ends in one of these.</summary>
public enum ReportReadStatus
{
    /// <summary>Read, and it looks like an annual report (政府信息公开工作年度报告).</summary>
    Read,

    /// <summary>Read, but nothing in it looks like an annual report (no 政府信息公开 … 报告, no report tables).</summary>
    NotAReport,

    /// <summary>The file is empty or holds no text (e.g. a scanned PDF without a text layer).</summary>
    Empty,

    /// <summary>The bytes could not be understood (binary, corrupt, unsupported format).</summary>
    Unreadable,

    /// <summary>A tool needed for the format is missing on this machine (pdftotext for PDF).</summary>
    ToolMissing,
}
