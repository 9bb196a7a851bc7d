namespace Gongkai.Exports;

/// <summary>What a cell of a <see cref="ReportTableGrid"/> is.</summary>
public enum GridCellKind
{
    /// <summary>The top-left cell above the row headers (table 三 prints its 勾稽关系 note there).</summary>
    Corner,

    /// <summary>A sub-table title spanning the whole width, e.g. "第二十条第（一）项" in table 二.</summary>
    Title,

    /// <summary>A column header (a label of a column path, or "信息内容" / "统计指标" / "单位" / "统计数").</summary>
    ColumnHeader,

    /// <summary>A row header (a label of a row path).</summary>
    RowHeader,

    /// <summary>The printed unit of a row (统计表 column "单位").</summary>
    Unit,

    /// <summary>A number of the report, or an empty slot where the row has no cell in that column.</summary>
    Data,
}
