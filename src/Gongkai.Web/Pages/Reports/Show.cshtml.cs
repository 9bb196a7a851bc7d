using Gongkai.Domain.AnnualReports.Publishing;
using Gongkai.Exports;
using Gongkai.Web.Hosting;
using Gongkai.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using QRCoder;

namespace Gongkai.Web.Pages.Reports;

/// <summary>One published annual report: the report as published (frozen), downloads, a QR code of the page, and the change notes of corrections.</summary>
[OutputCache(PolicyName = PortalOutputCache.ReportsPolicy)]
public sealed class ShowModel([FromKeyedServices(PortalReads.Key)] PublishedReports reports) : PageModel
{
    /// <summary>The agency code from the address.</summary>
    [BindProperty(SupportsGet = true)]
    public string Agency { get; set; } = string.Empty;

    /// <summary>The report year from the address.</summary>
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    /// <summary>The printed title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>The latest version.</summary>
    public AnnualReportVersion Latest { get; private set; } = null!;

    /// <summary>The corrections (versions after the first).</summary>
    public IReadOnlyList<AnnualReportVersion> Corrections { get; private set; } = [];

    /// <summary>The report body (encoded by <see cref="ReportHtmlWriter"/>).</summary>
    public string ReportHtml { get; private set; } = string.Empty;

    /// <summary>An SVG QR code of this page's address.</summary>
    public string QrSvg { get; private set; } = string.Empty;

    /// <summary>The address of a download.</summary>
    public string DownloadUrl(string format) => $"/reports/{Uri.EscapeDataString(Agency)}/{Year}/download/{format}";

    /// <summary>Loads the report; 404 when the agency has published none for the year.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var versions = await reports.VersionsAsync(Agency, Year, cancellationToken);
        if (versions.Count == 0)
        {
            return NotFound();
        }

        Latest = versions[^1];
        Corrections = versions.Where(v => v.IsCorrection).ToArray();
        var document = Latest.ToDocument();
        Title = document.Title;
        ReportHtml = new ReportHtmlWriter().Fragment(document);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode($"{Request.Scheme}://{Request.Host}{Request.Path}", QRCodeGenerator.ECCLevel.M);
        QrSvg = new SvgQRCode(data).GetGraphic(3);
        return Page();
    }
}
