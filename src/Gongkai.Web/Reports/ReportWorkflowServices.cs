using Gongkai.Data.AnnualReports;
using Gongkai.Documents;

namespace Gongkai.Web.Reports;

/// <summary>Registers the back office's annual-report services (/Admin/Reports, /Admin/Statistics, /Admin/Reports/Audit).</summary>
public static class ReportWorkflowServices
{
    /// <summary>Adds <see cref="ReportWorkflow"/>, <see cref="AnnualReportSource"/>, <see cref="AnnualStatisticsEntry"/> and the file auditor.</summary>
    public static IServiceCollection AddReportWorkflow(this IServiceCollection services)
    {
        services.AddScoped<AnnualReportSource>();
        services.AddScoped<ReportWorkflow>();
        services.AddScoped<AnnualStatisticsEntry>();
        services.AddSingleton(new ReportFileAuditor());
        services.AddSingleton(new Gongkai.Documents.Batch.AuditThreads());
        return services;
    }
}
