namespace Gongkai.Domain.Notices;

/// <summary>The printable files of a notice.</summary>
/// <param name="Docx">The Word document.</param>
/// <param name="Pdf">The PDF, or null when no PDF printer (Chromium) is installed.</param>
public sealed record NoticeFiles(byte[] Docx, byte[]? Pdf);

/// <summary>Makes the printable files of a notice's text (implemented in Gongkai.Exports by NoticeFileRenderer).</summary>
public interface INoticeFileRenderer
{
    /// <summary>The DOCX and, when a printer is available, the PDF of <paramref name="text"/>.</summary>
    Task<NoticeFiles> RenderAsync(NoticeText text, CancellationToken cancellationToken = default);
}
