using Gongkai.Domain.Notices;

namespace Gongkai.Exports.Notices;

/// <summary>
/// The files of a notice: DOCX always (<see cref="NoticeDocxWriter"/>); PDF by printing the HTML page
/// (<see cref="NoticeHtmlWriter"/>) with the same Chromium printer as the reports (<see cref="ReportPdfWriter.PrintAsync"/>),
/// or none when Chromium is not installed — the notice is still issued, and the PDF can be attached later.
/// </summary>
public sealed class NoticeFileRenderer : INoticeFileRenderer
{
    private readonly NoticeDocxWriter _docx = new();
    private readonly NoticeHtmlWriter _html = new();
    private readonly ReportPdfWriter _printer;

    /// <summary>A renderer printing PDF with the Chromium of <paramref name="options"/>.</summary>
    public NoticeFileRenderer(ChromiumOptions? options = null)
    {
        _printer = new ReportPdfWriter(options: options ?? new ChromiumOptions());
    }

    /// <summary>Whether PDF files will be made.</summary>
    public bool PrintsPdf => _printer.IsAvailable;

    /// <inheritdoc/>
    public async Task<NoticeFiles> RenderAsync(NoticeText text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var docx = _docx.Write(text);
        var pdf = _printer.IsAvailable ? await PdfAsync(text, cancellationToken).ConfigureAwait(false) : null;
        return new NoticeFiles(docx, pdf);
    }

    /// <summary>The PDF of <paramref name="text"/>.</summary>
    /// <exception cref="ChromiumNotFoundException">Chromium is not installed where configured.</exception>
    public Task<byte[]> PdfAsync(NoticeText text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _printer.PrintAsync(_html.Page(text), cancellationToken);
    }
}
