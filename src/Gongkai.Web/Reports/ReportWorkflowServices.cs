using Gongkai.Data.AnnualReports;
using Gongkai.Documents;

namespace Gongkai.Web.Reports;

/// <summary>Registers the annual-report services: the back office's (/Admin/Reports, /Admin/Statistics, /Admin/Reports/Audit) and the published reports of the portal.</summary>
public static class ReportWorkflowServices
{
    /// <summary>Adds <see cref="ReportWorkflow"/>, <see cref="AnnualReportSource"/>, <see cref="AnnualStatisticsEntry"/> the file auditor and <see cref="PublishedReports"/>.</summary>
    public static IServiceCollection AddReportWorkflow(this IServiceCollection services)
    {
        services.AddScoped<AnnualReportSource>();
        services.AddScoped<ReportWorkflow>();
        services.AddScoped<AnnualStatisticsEntry>();
        services.AddSingleton(new ReportFileAuditor());
        services.AddScoped<PublishedReports>();
        services.AddSingleton(new Gongkai.Documents.Batch.AuditThreads());
        return services;
    }
}
