using System.Text;
using Gongkai.Domain.AnnualReports;

namespace Gongkai.Exports;

/// <summary>
/// The machine-readable JSON of a report (<see cref="AnnualReportJson"/>, schema docs/annual-report-json.md): format,
/// year, agency, every cell with its row and column paths, and the findings. The narrative text is not part of it.
/// </summary>
public sealed class ReportJsonWriter : IReportExport
{
    /// <inheritdoc/>
    public string Name => "json";

    /// <inheritdoc/>
    public string ContentType => "application/json; charset=utf-8";

    /// <inheritdoc/>
    public string FileExtension => ".json";

    /// <inheritdoc/>
    public async Task WriteAsync(AnnualReportDocument report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var json = AnnualReportJson.Serialize(report.Data, report.Findings);
        await output.WriteAsync(new UTF8Encoding(false).GetBytes(json), cancellationToken).ConfigureAwait(false);
    }
}
