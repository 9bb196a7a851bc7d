using Gongkai.Domain.AnnualReports;
using Gongkai.Exports;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Reports;

/// <summary>The agency of a published report, as the list names it.</summary>
/// <param name="Code">The agency's code (used in the address).</param>
/// <param name="Name">The agency's name.</param>
public sealed record ReportAgencyView(string Code, string Name);

/// <summary>One published report in <c>GET /api/reports</c>: its latest version.</summary>
/// <param name="Agency">The agency.</param>
/// <param name="Year">The report year.</param>
/// <param name="Format">The table layout (格式).</param>
/// <param name="Version">The version number (1, or more after corrections).</param>
/// <param name="PublishedOn">The day the latest version was published.</param>
/// <param name="ChangeNote">The note of the correction, if any.</param>
/// <param name="Url">The report page.</param>
public sealed record PublishedReportView(ReportAgencyView Agency, int Year, ReportFormat Format, int Version, DateOnly PublishedOn, string? ChangeNote, string Url);

/// <summary>
/// Published annual reports over HTTP: the list, one report as JSON (the documented schema, docs/annual-report-json.md)
/// and the downloads (DOCX, PDF, XLSX, text, JSON, HTML) the report page links to.
/// </summary>
public static class ReportsApi
{
    private const string NoReport = "该机关该年度没有已发布的年度报告。";

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").WithTags("年度报告");
        api.MapGet("/", ListAsync).WithSummary("已发布的政府信息公开工作年度报告列表（每份报告的最新版本）");
        api.MapGet("/{agency}/{year:int}", ReportAsync)
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithSummary("一份年度报告的全部单元格（JSON，格式见 docs/annual-report-json.md）");

        app.MapGet("/reports/report.css", () => TypedResults.Text(ReportHtmlWriter.Stylesheet, "text/css; charset=utf-8"))
            .ExcludeFromDescription();

        app.MapGet("/reports/{agency}/{year:int}/download/{format}", DownloadAsync)
            .CacheOutput(PortalOutputCache.ReportsPolicy)
            .WithTags("年度报告").WithSummary("下载年度报告（docx、pdf、xlsx、txt、json、html）");
        return app;
    }

    private static async Task<Results<Ok<PublishedReportView[]>, ValidationProblem>> ListAsync(string? agency, int? year, [FromKeyedServices(PortalReads.Key)] PublishedReports reports, CancellationToken cancellationToken) =>
        year is < 2008 or > 2099
            ? ApiProblems.Field("year", "年度报告的年份应在2008年（2007年条例施行）至2099年之间。")
            : TypedResults.Ok((await reports.ListAsync(agency, year, cancellationToken)).Select(e => new PublishedReportView(
            new ReportAgencyView(e.AgencyCode, e.AgencyName), e.Year, e.Latest.Format, e.Latest.VersionNumber, e.Latest.PublishedOn,
            e.Latest.ChangeNote, $"/reports/{Uri.EscapeDataString(e.AgencyCode)}/{e.Year}")).ToArray());

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReportAsync(string agency, int year, [FromKeyedServices(PortalReads.Key)] PublishedReports reports, CancellationToken cancellationToken) =>
        await reports.VersionsAsync(agency, year, cancellationToken) is [.., var latest]
            ? TypedResults.Text(latest.ReportJson, "application/json; charset=utf-8")
            : ApiProblems.Problem(StatusCodes.Status404NotFound, NoReport);

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> DownloadAsync(
        string agency, int year, string format, [FromKeyedServices(PortalReads.Key)] PublishedReports reports, CancellationToken cancellationToken)
    {
        if (await reports.VersionsAsync(agency, year, cancellationToken) is not [.., var latest])
        {
            return TypedResults.NotFound();
        }

        if (!ReportExports.CreateDefault().TryGet(format, out var export))
        {
            return TypedResults.NotFound();
        }

        var document = latest.ToDocument();
        try
        {
            using var stream = new MemoryStream();
            await export.WriteAsync(document, stream, cancellationToken);
            var name = $"{document.Data.Agency.Name}{year}年政府信息公开工作年度报告{export.FileExtension}";
            return TypedResults.File(stream.ToArray(), export.ContentType, name);
        }
        catch (ChromiumNotFoundException e)
        {
            return ApiProblems.Problem(StatusCodes.Status503ServiceUnavailable, e.Message);
        }
    }
}
