using System.Text.Json.Serialization;

namespace Gongkai.Domain.Audit;

/// <summary>
/// What came of reading a report file. Bad content never throws; it ends in one of these. It is the reading status
/// of an <see cref="AuditReport"/> ("reading" in its JSON, kebab case): a file that could not be read is not a report
/// with an error, it is a report that was not checked.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportReadStatus>))]
public enum ReportReadStatus
{
    /// <summary>Read, and it looks like an annual report (政府信息公开工作年度报告).</summary>
    [JsonStringEnumMemberName("read")]
    Read,

    /// <summary>Read, but nothing in it looks like an annual report (no 政府信息公开 … 报告, no report tables).</summary>
    [JsonStringEnumMemberName("not-a-report")]
    NotAReport,

    /// <summary>The file is empty or holds no text (e.g. a scanned PDF without a text layer).</summary>
    [JsonStringEnumMemberName("empty")]
    Empty,

    /// <summary>The bytes could not be understood (binary, corrupt, unsupported format).</summary>
    [JsonStringEnumMemberName("unreadable")]
    Unreadable,

    /// <summary>A tool needed for the format is missing on this machine (pdftotext for PDF).</summary>
    [JsonStringEnumMemberName("tool-missing")]
    ToolMissing,
}
