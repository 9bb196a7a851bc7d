using Gongkai.Domain.AnnualReports;
using Gongkai.Exports;

namespace Gongkai.Web.Reports;

/// <summary>
/// Published annual reports over HTTP: the list, one report as JSON (the documented schema, docs/annual-report-json.md)
/// and the downloads (DOCX, PDF, XLSX, text, JSON, HTML) the report page links to.
/// </summary>
public static class ReportsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").WithTags("年度报告");
        api.MapGet("/", async (string? agency, int? year, PublishedReports reports, CancellationToken cancellationToken) =>
            (await reports.ListAsync(agency, year, cancellationToken)).Select(e => new
            {
                agency = new { code = e.AgencyCode, name = e.AgencyName },
                year = e.Year,
                format = e.Latest.Format,
                version = e.Latest.VersionNumber,
                publishedOn = e.Latest.PublishedOn,
                changeNote = e.Latest.ChangeNote,
                url = $"/reports/{Uri.EscapeDataString(e.AgencyCode)}/{e.Year}",
            }))
            .WithSummary("已发布的政府信息公开工作年度报告列表（每份报告的最新版本）");
        api.MapGet("/{agency}/{year:int}", async (string agency, int year, PublishedReports reports, CancellationToken cancellationToken) =>
            await reports.VersionsAsync(agency, year, cancellationToken) is [.., var latest]
                ? Results.Text(latest.ReportJson, "application/json; charset=utf-8")
                : Results.NotFound(new { message = "该机关该年度没有已发布的年度报告。" }))
            .WithSummary("一份年度报告的全部单元格（JSON，格式见 docs/annual-report-json.md）");

        app.MapGet("/reports/report.css", () => Results.Text(ReportHtmlWriter.Stylesheet, "text/css; charset=utf-8"))
            .ExcludeFromDescription();

        app.MapGet("/reports/{agency}/{year:int}/download/{format}", async (string agency, int year, string format, PublishedReports reports, CancellationToken cancellationToken) =>
        {
            if (await reports.VersionsAsync(agency, year, cancellationToken) is not [.., var latest])
            {
                return Results.NotFound("该机关该年度没有已发布的年度报告。");
            }

            if (!ReportExports.CreateDefault().TryGet(format, out var export))
            {
                return Results.NotFound($"不支持的下载格式“{format}”。");
            }

            var document = latest.ToDocument();
            try
            {
                using var stream = new MemoryStream();
                await export.WriteAsync(document, stream, cancellationToken);
                var name = $"{document.Data.Agency.Name}{year}年政府信息公开工作年度报告{export.FileExtension}";
                return Results.File(stream.ToArray(), export.ContentType, name);
            }
            catch (ChromiumNotFoundException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).WithTags("年度报告").WithSummary("下载年度报告（docx、pdf、xlsx、txt、json、html）");
        return app;
    }
}
