namespace Gongkai.Domain.Audit;

/// <summary>The kind of file a report was read from.</summary>
public enum ReportSourceKind
{
    Unknown,
    PlainText,
    Html,
    Docx,
    Pdf,
}
