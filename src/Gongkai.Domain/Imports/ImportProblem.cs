namespace Gongkai.Domain.Imports;

/// <summary>What became of a row or a cell the importer could not take as it is.</summary>
public enum ImportProblemKind
{
    /// <summary>Refused: the import cannot go ahead while it stands (all or nothing).</summary>
    Refused,

    /// <summary>Left out on purpose and said so: a totals or notes row, a row already imported, a hidden column.</summary>
    Skipped,
}

/// <summary>
/// One line of the import's report: where (sheet, 1-based row, column letter and header), what was written there,
/// and why it was refused or left out — in Chinese, for the person who keeps the ledger. Nothing is guessed silently:
/// every value the importer did not take is listed here.
/// </summary>
/// <param name="Kind">Refused or skipped.</param>
/// <param name="Sheet">The sheet name.</param>
/// <param name="Row">The 1-based row number in the file; 0 for the file as a whole.</param>
/// <param name="Column">The column letter (e.g. "D"), or empty for the whole row.</param>
/// <param name="Header">The column's header as written, or empty.</param>
/// <param name="Value">The value as written.</param>
/// <param name="Reason">Why, in Chinese.</param>
public sealed record ImportProblem(ImportProblemKind Kind, string Sheet, int Row, string Column, string Header, string Value, string Reason)
{
    /// <summary>A refusal of a cell.</summary>
    public static ImportProblem Refuse(string sheet, int row, LedgerColumn? column, string value, string reason) =>
        new(ImportProblemKind.Refused, sheet, row, column is null ? string.Empty : ImportSheet.ColumnName(column.Index), column?.Header ?? string.Empty, value, reason);

    /// <summary>A row or column left out.</summary>
    public static ImportProblem Skip(string sheet, int row, LedgerColumn? column, string value, string reason) =>
        new(ImportProblemKind.Skipped, sheet, row, column is null ? string.Empty : ImportSheet.ColumnName(column.Index), column?.Header ?? string.Empty, value, reason);

    /// <summary>One line for people: "工作表 台账 第12行 D列（收到日期）“2025-02-30”：日期不存在".</summary>
    public override string ToString()
    {
        var where = Row > 0 ? $"第{Row}行" : "文件";
        var column = Column.Length == 0 ? string.Empty : $" {Column}列" + (Header.Length == 0 ? string.Empty : $"（{Header}）");
        var value = Value.Length == 0 ? string.Empty : $"“{Value}”";
        return $"工作表“{Sheet}” {where}{column}{value}：{Reason}";
    }
}

/// <summary>A column of a sheet the importer recognised: 0-based index and header as written.</summary>
/// <param name="Index">0-based index.</param>
/// <param name="Header">The header text as written (two header rows joined by "/").</param>
public sealed record LedgerColumn(int Index, string Header);
