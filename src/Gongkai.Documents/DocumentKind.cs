namespace Gongkai.Documents;

/// <summary>What a file's bytes are, judged from its content first and its name second.</summary>
internal enum DocumentKind
{
    PlainText,
    Html,
    Docx,
    Pdf,

    /// <summary>Old binary Word / WPS (OLE compound file): not supported.</summary>
    LegacyOffice,

    /// <summary>RTF: not supported.</summary>
    Rtf,

    /// <summary>A picture: needs OCR.</summary>
    Image,

    /// <summary>A zip that is not a Word document.</summary>
    OtherZip,
}
