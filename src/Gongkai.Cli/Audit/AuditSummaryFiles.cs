using System.Globalization;
using System.Text;
using Gongkai.Documents.Batch;

namespace Gongkai.Cli.Audit;

/// <summary>
/// Writes a supervisor's summary into a folder: 汇总.xlsx and 汇总.html (one row per report, worst first) and one
/// detail page per report under 详情/ (the findings with their evidence), linked from both summaries by relative path.
/// </summary>
public static class AuditSummaryFiles
{
    /// <summary>The detail pages' folder, relative to the summary.</summary>
    public const string DetailFolder = "详情";

    /// <summary>Writes the summary of <paramref name="files"/> into <paramref name="folder"/>; returns the path of 汇总.html.</summary>
    public static string Write(string folder, IReadOnlyList<AuditedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        Directory.CreateDirectory(Path.Combine(folder, DetailFolder));
        var rows = AuditSummaryRow.WorstFirst(files);
        foreach (var row in rows)
        {
            File.WriteAllText(Path.Combine(folder, DetailPath(row)), AuditHtml.Page([files[row.Index - 1].Report]), Encoding.UTF8);
        }

        File.WriteAllBytes(Path.Combine(folder, "汇总.xlsx"), AuditSummaryXlsx.Write(rows, DetailPath));
        var html = Path.Combine(folder, "汇总.html");
        File.WriteAllText(html, AuditSummaryHtml.Page(rows, DetailPath), Encoding.UTF8);
        return html;
    }

    /// <summary>The detail page of <paramref name="row"/>, relative to the summary (numbered so that equal file names do not collide).</summary>
    public static string DetailPath(AuditSummaryRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var safe = new string(Path.GetFileNameWithoutExtension(row.File).Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '#' or '%' or '?' ? '_' : c).ToArray());
        return string.Create(CultureInfo.InvariantCulture, $"{DetailFolder}/{row.Index:D4}-{safe}.html");
    }
}
