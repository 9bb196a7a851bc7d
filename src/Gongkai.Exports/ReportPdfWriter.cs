using Gongkai.Domain.AnnualReports;
using Microsoft.Playwright;

namespace Gongkai.Exports;

/// <summary>
/// The report as PDF: the HTML page (<see cref="ReportHtmlWriter"/>) printed on A4 by headless Chromium through
/// Microsoft.Playwright, using the system's chromium (Playwright's own browser download does not work offline), with
/// "第 N 页 / 共 M 页" in the footer.
/// </summary>
public sealed class ReportPdfWriter : IReportExport
{
    private static readonly string[] LaunchArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
    ];

    private const string FooterTemplate =
        "<div style=\"width:100%;text-align:center;font-size:9pt;font-family:'Noto Sans CJK SC','Source Han Sans SC',sans-serif;\">"
        + "第 <span class=\"pageNumber\"></span> 页 / 共 <span class=\"totalPages\"></span> 页</div>";

    private readonly ReportHtmlWriter _html;
    private readonly ChromiumOptions _options;

    /// <summary>A PDF writer printing the page of <paramref name="html"/> with the Chromium of <paramref name="options"/>.</summary>
    public ReportPdfWriter(ReportHtmlWriter? html = null, ChromiumOptions? options = null)
    {
        _html = html ?? new ReportHtmlWriter();
        _options = options ?? new ChromiumOptions();
    }

    /// <inheritdoc/>
    public string Name => "pdf";

    /// <inheritdoc/>
    public string ContentType => "application/pdf";

    /// <inheritdoc/>
    public string FileExtension => ".pdf";

    /// <summary>Whether the Chromium executable exists.</summary>
    public bool IsAvailable => File.Exists(_options.ResolvedExecutablePath);

    /// <summary>The PDF bytes of <paramref name="report"/>.</summary>
    /// <exception cref="ChromiumNotFoundException">Chromium is not installed where configured.</exception>
    public async Task<byte[]> RenderAsync(AnnualReportDocument report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return await PrintAsync(_html.Page(report), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Prints any self-contained HTML page (inline styles, no external resources) to A4 PDF the same way; used for
    /// reports and for notices (告知书).
    /// </summary>
    /// <exception cref="ChromiumNotFoundException">Chromium is not installed where configured.</exception>
    public async Task<byte[]> PrintAsync(string page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var executable = _options.ResolvedExecutablePath;
        if (!File.Exists(executable))
        {
            throw new ChromiumNotFoundException(executable);
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = LaunchArguments,
        }).ConfigureAwait(false);
        var tab = await browser.NewPageAsync().ConfigureAwait(false);
        await tab.SetContentAsync(page, new PageSetContentOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
        await tab.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print }).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return await tab.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = FooterTemplate,
            Margin = new Margin { Top = "25mm", Bottom = "25mm", Left = "20mm", Right = "20mm" },
        }).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task WriteAsync(AnnualReportDocument report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var pdf = await RenderAsync(report, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(pdf, cancellationToken).ConfigureAwait(false);
    }
}
