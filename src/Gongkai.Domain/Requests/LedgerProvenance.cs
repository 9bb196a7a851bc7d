namespace Gongkai.Domain.Requests;

/// <summary>
/// Where an imported request came from: the ledger file (name and SHA-256), the sheet and the 1-based row. Shown on
/// the request's page and on every drill-down to it; together with the agency it keys re-imports (a row of a file
/// already imported is not imported twice).
/// </summary>
/// <param name="FileName">The ledger's file name.</param>
/// <param name="FileSha256">Lower-case hex SHA-256 of the file.</param>
/// <param name="Sheet">The worksheet.</param>
/// <param name="Row">The 1-based row.</param>
public sealed record LedgerProvenance(string FileName, string FileSha256, string Sheet, int Row)
{
    /// <summary>For people: "台账 2025年台账.xlsx 工作表“台账” 第12行".</summary>
    public override string ToString() => $"台账 {FileName} 工作表“{Sheet}” 第{Row}行";
}
